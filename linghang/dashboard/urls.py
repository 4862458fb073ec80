from django.urls import path

from linghang.dashboard import views

app_name = "dashboard"
urlpatterns = [
    path("", views.home, name="home"),
    path("gray-items/", views.home, name="gray_items"),
    path("gray-items/<int:pk>/resolve/", views.resolve, name="resolve_gray_item"),
]
