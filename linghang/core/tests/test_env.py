import pytest

from linghang.core.env import ConfigError, env_bool, env_int, env_secret, load_or_create_secret_key


def test_env_bool_reads_common_words(monkeypatch):
    # given
    monkeypatch.setenv("LINGHANG_X", "Yes")
    # when / then
    assert env_bool("LINGHANG_X") is True


def test_env_bool_rejects_nonsense_loudly(monkeypatch):
    monkeypatch.setenv("LINGHANG_X", "maybe")
    with pytest.raises(ConfigError, match="LINGHANG_X"):
        env_bool("LINGHANG_X")


def test_env_int_names_the_variable_on_error(monkeypatch):
    monkeypatch.setenv("LINGHANG_N", "ten")
    with pytest.raises(ConfigError, match="LINGHANG_N"):
        env_int("LINGHANG_N", 1)


def test_env_secret_prefers_file(monkeypatch, tmp_path):
    # given
    secret_file = tmp_path / "key"
    secret_file.write_text("from-file\n")
    monkeypatch.setenv("LINGHANG_S", "from-env")
    monkeypatch.setenv("LINGHANG_S_FILE", str(secret_file))
    # when / then
    assert env_secret("LINGHANG_S") == "from-file"


def test_secret_key_is_generated_once_per_data_dir(tmp_path):
    first = load_or_create_secret_key(tmp_path)
    assert load_or_create_secret_key(tmp_path) == first
    assert len(first) > 40
