from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from linghang.dashboard.choices import GrayItemStatus


class ResolveGrayItemForm(forms.Form):
    """A manager's decision on a gray item: resolve or dismiss, with an optional note."""

    status = forms.ChoiceField(
        label=_("处理结果"),
        choices=[
            (GrayItemStatus.RESOLVED, GrayItemStatus.RESOLVED.label),
            (GrayItemStatus.DISMISSED, GrayItemStatus.DISMISSED.label),
        ],
    )
    note = forms.CharField(label=_("处理说明"), required=False, max_length=2000)
