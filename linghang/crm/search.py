"""What a deal is found by in the deal list's text search."""

from linghang.core.chinese import search_form

SEARCH_TEXT_LENGTH = 420


def deal_search_text(title: str, account_name_key: str) -> str:
    """The title in search form plus the account's name key, e.g. ``gtx pro · 恒锐 苏州恒锐汽车``.

    Stored on the deal so a search is one plain substring match on one column, not a
    case-folding match on a joined table for every visible row.
    """
    return f"{search_form(title)} {account_name_key}".strip()[:SEARCH_TEXT_LENGTH]
