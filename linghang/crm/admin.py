from django.contrib import admin

from linghang.crm.models import Account, Contact, Deal, Lead, Product, Signal


class ContactInline(admin.TabularInline):
    model = Contact
    extra = 0


@admin.register(Account)
class AccountAdmin(admin.ModelAdmin):
    list_display = ["name", "industry", "unit", "intent_level", "budget_max", "decision_date"]
    list_filter = ["unit", "industry", "intent_level"]
    search_fields = ["name", "name_key"]
    inlines = [ContactInline]


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ["name", "account", "title", "decision_role", "phone", "email"]
    list_filter = ["decision_role"]
    search_fields = ["name", "account__name", "phone", "email"]
    raw_id_fields = ["account"]


@admin.register(Lead)
class LeadAdmin(admin.ModelAdmin):
    list_display = ["company", "contact_name", "status", "unit", "owner", "created_at"]
    list_filter = ["status", "unit"]
    search_fields = ["company", "contact_name", "phone", "email"]


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ["name", "series", "list_price"]


@admin.register(Deal)
class DealAdmin(admin.ModelAdmin):
    list_display = ["title", "account", "unit", "stage", "amount", "expected_close", "owner"]
    list_filter = ["stage", "unit"]
    search_fields = ["title", "account__name", "external_id"]
    raw_id_fields = ["account", "owner", "product"]


@admin.register(Signal)
class SignalAdmin(admin.ModelAdmin):
    list_display = ["kind", "label", "account", "confidence", "engine", "created_at"]
    list_filter = ["kind", "engine"]
    raw_id_fields = ["account", "conversation", "message"]
