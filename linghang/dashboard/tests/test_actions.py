"""``resolve_gray_item``: the one write behind the board's buttons and the API."""

from __future__ import annotations

import pytest

from linghang.dashboard.actions import GrayItemActionError, resolve_gray_item
from linghang.dashboard.choices import GrayItemStatus
from linghang.dashboard.error_codes import GrayItemErrorCode


def test_resolve_stamps_who_when_and_why(unit_lead, gray_item):
    # when
    item = resolve_gray_item(gray_item, unit_lead, GrayItemStatus.RESOLVED, "  以院长为准 ")
    # then
    item.refresh_from_db()
    assert item.status == GrayItemStatus.RESOLVED
    assert item.resolved_by == unit_lead
    assert item.resolved_at is not None
    assert item.resolution_note == "以院长为准"


def test_dismiss_is_a_decision_too(unit_lead, gray_item):
    # when
    item = resolve_gray_item(gray_item, unit_lead, GrayItemStatus.DISMISSED)
    # then
    assert item.status == GrayItemStatus.DISMISSED


def test_reopening_is_not_a_decision(unit_lead, gray_item):
    # when
    with pytest.raises(GrayItemActionError) as error:
        resolve_gray_item(gray_item, unit_lead, GrayItemStatus.OPEN)
    # then
    assert error.value.code == GrayItemErrorCode.INVALID_STATUS


def test_a_closed_item_cannot_be_decided_again(unit_lead, director, gray_item):
    # given
    resolve_gray_item(gray_item, unit_lead, GrayItemStatus.RESOLVED)
    # when
    with pytest.raises(GrayItemActionError) as error:
        resolve_gray_item(gray_item, director, GrayItemStatus.DISMISSED)
    # then
    gray_item.refresh_from_db()
    assert error.value.code == GrayItemErrorCode.ALREADY_CLOSED
    assert gray_item.resolved_by == unit_lead
