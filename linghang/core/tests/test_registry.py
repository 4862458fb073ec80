import pytest

from linghang.core import registry


def test_every_registered_plugin_imports():
    # given every built-in entry of every kind
    for kind, entries in registry.KINDS.items():
        for name in entries:
            # when / then: the dotted path resolves to a class with the registered name
            plugin = registry.load(kind, name)
            assert getattr(plugin, "name", name) == name


def test_unknown_plugin_lists_the_known_ones():
    with pytest.raises(registry.UnknownPlugin, match="rules"):
        registry.load("extraction_engines", "nope")
