"""The language of a document that names none, identified from its text (the langid extra)."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import wirefmt
from wirefmt import Article
from wirefmt import _langid as langid
from wirefmt._cli import _main, main

pytest.importorskip("py3langid")


def _dump(title: str, lede: str, body: str, suffix: str = "") -> str:
    return f"{title}\n\n{lede}{suffix}\n\n2025-06-03T09:30+0200\n\n{body}\n"


# Own sentences, one story (a harbour's solar farm) in several languages and scripts.
STORIES = {
    "en": _dump(
        "Harbour switches on a floating solar farm",
        "The farm on the north basin went online on Tuesday morning.",
        "Engineers spent two years anchoring the panels to the sea floor. The harbour "
        "master said the farm would cover a fifth of what the cranes and the lights use.",
    ),
    "fr": _dump(
        "Le port met en service une ferme solaire flottante",
        "La ferme du bassin nord a été raccordée mardi matin.",
        "Les ingénieurs ont passé deux ans à ancrer les panneaux au fond de la mer. Le "
        "capitaine du port a dit qu'elle couvrirait un cinquième de la consommation des grues.",
    ),
    "ru": _dump(
        "Порт запустил плавучую солнечную электростанцию",
        "Станция в северном бассейне заработала во вторник утром.",
        "Инженеры два года крепили панели ко дну. Начальник порта сказал, что станция "
        "покроет пятую часть того, что потребляют краны и освещение.",
    ),
    "tr": _dump(
        "Liman yüzen bir güneş santralini devreye aldı",
        "Kuzey havzadaki santral salı sabahı elektrik üretmeye başladı.",
        "Mühendisler panelleri deniz tabanına sabitlemek için iki yıl çalıştı. Liman "
        "müdürü santralin vinçlerin ve ışıkların tükettiği enerjinin beşte birini "
        "karşılayacağını söyledi.",
    ),
    "el": _dump(
        "Το λιμάνι θέτει σε λειτουργία πλωτό ηλιακό πάρκο",
        "Το πάρκο στη βόρεια λεκάνη άρχισε να λειτουργεί την Τρίτη το πρωί.",
        "Οι μηχανικοί χρειάστηκαν δύο χρόνια για να αγκυρώσουν τα πάνελ στον βυθό. Ο "
        "λιμενάρχης είπε ότι θα καλύπτει το ένα πέμπτο της κατανάλωσης των γερανών.",
    ),
}


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_document_naming_no_language_is_identified(language: str) -> None:
    article = wirefmt.parse(STORIES[language], identify_language=True)
    assert (article.language, article.language_source) == (language, "text")
    # Off by default: parse() does not depend on what else is installed.
    plain = wirefmt.parse(STORIES[language])
    assert (plain.language, plain.language_source) == (None, None)
    assert attrs.evolve(article, language=None, language_source=None) == plain


def test_a_named_language_is_never_overridden() -> None:
    # An English text from a French edition: the edition's word stands.
    doc = STORIES["en"].replace(
        "went online on Tuesday morning.",
        "went online on Tuesday morning... 03.06.2025, Sputnik Afrique",
    )
    article = wirefmt.parse(doc, identify_language=True)
    assert (article.edition, article.language, article.language_source) == (
        "Sputnik Afrique",
        "fr",
        "edition",
    )


@pytest.mark.parametrize(
    "doc",
    [
        "Harbour opens\n\nIt is open.\n",  # too little text to tell
        "2025-06-03T09:30+0200\n\n12 400 / 3 150 / 88 %\n",  # no words at all
        "",
    ],
    ids=["short", "numbers", "empty"],
)
def test_too_little_text_stays_unknown(doc: str) -> None:
    article = wirefmt.parse(doc, identify_language=True)
    assert (article.language, article.language_source) == (None, None)


def test_language_source_is_told_from_the_other_fields() -> None:
    assert Article().language_source is None
    assert Article(language="fr", locale="fr_FR").language_source == "locale"
    assert Article(language="fr", edition="Sputnik Afrique").language_source == "edition"
    assert Article(language="fr").language_source == "given"
    with pytest.raises(ValueError, match="language_source"):
        Article(language="fr", language_source="guess")


def test_language_source_round_trips_and_old_records_still_read() -> None:
    article = wirefmt.parse(STORIES["fr"], identify_language=True)
    record = json.loads(json.dumps(article.to_dict()))
    assert record["language_source"] == "text"
    assert Article.from_dict(record) == article
    del record["language_source"]  # a record written before 0.2
    assert Article.from_dict(record).language_source == "given"


def test_without_py3langid(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(langid, "_identifier", lambda: None)
    with pytest.raises(ModuleNotFoundError, match=r"wirefmt\[langid\]"):
        wirefmt.parse(STORIES["en"], identify_language=True)
    monkeypatch.setattr(_main, "langid_available", lambda: False)
    assert main(["parse", "--example", "--identify-language"]) == 2
    assert "pip install 'wirefmt[langid]'" in capsys.readouterr().err
    assert main(["parse", "--example", "-q"]) == 0  # by default: not asked, not needed


def test_the_cli_identifies_by_default_when_installed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORIES["tr"], encoding="utf-8")
    assert main(["parse", "-q", "--fields", "language,language_source", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["language"], record["language_source"]) == ("tr", "text")
    assert main(["parse", "-q", "--no-identify-language", "--fields", "language", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["language"] is None
