from django.contrib import admin

from linghang.dashboard.models import GrayItem


@admin.register(GrayItem)
class GrayItemAdmin(admin.ModelAdmin):
    list_display = ["summary", "kind", "status", "account", "created_at"]
    list_filter = ["kind", "status"]
    raw_id_fields = ["account", "deal", "resolved_by"]
    filter_horizontal = ["evidence"]
