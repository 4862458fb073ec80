from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from linghang.crm.choices import DealStage
from linghang.crm.display import display_name
from linghang.units.scope import scope_for


class SearchForm(forms.Form):
    q = forms.CharField(label=_("搜索"), required=False, max_length=100)


class DealFilterForm(SearchForm):
    """The deal list's filters; invalid values are ignored rather than shown as errors."""

    stage = forms.ChoiceField(
        label=_("阶段"), required=False, choices=[("", _("全部阶段")), *DealStage.choices]
    )
    owner = forms.ModelChoiceField(
        label=_("负责人"),
        required=False,
        queryset=get_user_model().objects.none(),
        empty_label=_("全部负责人"),
    )

    def __init__(self, *args, user, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners_visible_to(user)  # type: ignore[attr-defined]
        self.fields["owner"].label_from_instance = display_name  # type: ignore[attr-defined]
        self.fields["owner"].widget.attrs["aria-label"] = self.fields["owner"].label

    def filters(self) -> dict[str, object]:
        """The filters that were given and valid; an invalid one is simply left out."""
        self.is_valid()  # fills cleaned_data with every field that validated
        return {key: value for key, value in self.cleaned_data.items() if value}


def owners_visible_to(user) -> QuerySet:  # type: ignore[no-untyped-def,type-arg]
    """People whose deals ``user`` may filter by: members of the units in scope."""
    users = get_user_model().objects.filter(is_active=True).select_related("staff_profile")
    scope = scope_for(user)
    if not scope.sees_all:
        users = users.filter(memberships__unit__in=scope.unit_ids or []).distinct()
    return users.order_by("username")
