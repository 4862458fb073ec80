from django.contrib import admin

from linghang.channels.models import Conversation, Message, SourceFile


@admin.register(SourceFile)
class SourceFileAdmin(admin.ModelAdmin):
    list_display = ["name", "parser", "messages_added", "messages_skipped", "created_at"]
    list_filter = ["parser"]
    readonly_fields = ["sha256", "errors"]


@admin.register(Conversation)
class ConversationAdmin(admin.ModelAdmin):
    list_display = ["title", "channel", "account", "last_message_at", "extracted_at"]
    list_filter = ["channel"]
    search_fields = ["title", "thread_key", "account__name"]
    raw_id_fields = ["account", "deal"]


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ["ts", "sender", "side", "kind", "conversation"]
    list_filter = ["side", "kind"]
    search_fields = ["text", "sender"]
    raw_id_fields = ["conversation", "contact", "source_file"]
