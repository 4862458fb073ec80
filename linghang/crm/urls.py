from django.urls import path

from linghang.crm import views

app_name = "crm"
urlpatterns = [
    path("accounts/", views.account_list, name="account_list"),
    path("accounts/<int:pk>/", views.account_detail, name="account_detail"),
    path(
        "accounts/<int:pk>/conversations/<int:conversation_pk>/messages/",
        views.conversation_messages,
        name="conversation_messages",
    ),
    path("deals/", views.deal_list, name="deal_list"),
]
