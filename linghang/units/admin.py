from django.contrib import admin

from linghang.units.models import Membership, StaffProfile, Unit


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "region"]
    list_filter = ["region"]
    search_fields = ["name"]
    inlines = [MembershipInline]


@admin.register(StaffProfile)
class StaffProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "display_name", "role", "region"]
    list_filter = ["role", "region"]
    search_fields = ["user__username", "display_name"]
