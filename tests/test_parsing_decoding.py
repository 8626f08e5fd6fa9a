"""Files in any common encoding read as the words they hold; bytes that are not text are refused clearly."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from bot.config import DATA_DIR
from bot.errors import UserError
from bot.parsing import parse_article

ARTICLE = (
    "Poland’s prime minister ruled out sending troops to Ukraine.\n"
    "German Chancellor Olaf Scholz called the “reassurance force” premature — a plan costing €2 billion.\n"
)
LATIN = (
    "Bence Németh, a defence expert in Zürich, said the plan was «premature».\n"
    "Officials from Besançon and Malmö agreed that the force could not deploy this year.\n"
)


def parsed_file(tmp_path: Path, name: str, data: bytes) -> list[str]:
    path = tmp_path / name
    path.write_bytes(data)
    return [s.text for s in parse_article(path.read_bytes(), path.name, lists=DATA_DIR).sentences]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", ARTICLE),
        ("latin-1", LATIN),
        ("utf-8", ARTICLE),
    ],
)
def test_legacy_and_utf8_files_read_as_their_words(tmp_path: Path, encoding: str, text: str) -> None:
    assert parsed_file(tmp_path, f"{encoding}.txt", text.encode(encoding)) == text.strip().split("\n")


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_files_with_a_byte_order_mark_read_as_their_words(tmp_path: Path, bom: bytes, encoding: str) -> None:
    assert parsed_file(tmp_path, "bom.txt", bom + ARTICLE.encode(encoding)) == ARTICLE.strip().split("\n")


def test_utf16_without_a_byte_order_mark_still_reads(tmp_path: Path) -> None:
    assert parsed_file(tmp_path, "plain16.txt", ARTICLE.encode("utf-16-le")) == ARTICLE.strip().split("\n")


def test_windows_line_endings_and_odd_spaces_are_normalised(tmp_path: Path) -> None:
    data = "Poland\u00a0ruled out sending\ttroops to Ukraine.\r\nThe talks\u2009resumed on Monday.\r\n".encode()
    assert parsed_file(tmp_path, "crlf.txt", data) == [
        "Poland ruled out sending troops to Ukraine.",
        "The talks resumed on Monday.",
    ]


def test_invisible_and_direction_changing_characters_are_removed(tmp_path: Path) -> None:
    data = "Poland ruled out\u200b sending troops \u202eto Ukraine\u202c, officials said.\u2060\n".encode()
    assert parsed_file(tmp_path, "hidden.txt", data) == ["Poland ruled out sending troops to Ukraine, officials said."]


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", r"zip archive \(or a Word document\)"),
    ],
)
def test_a_known_binary_file_renamed_txt_is_named_in_the_refusal(tmp_path: Path, header: bytes, kind: str) -> None:
    with pytest.raises(UserError, match=f"photo.txt is an? {kind}, not text"):
        parsed_file(tmp_path, "photo.txt", header + random.Random(1).randbytes(4000))


def test_random_binary_bytes_are_refused_as_not_text(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"blob\.txt is not text"):
        parsed_file(tmp_path, "blob.txt", random.Random(2).randbytes(4000))


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_an_empty_file_is_refused_as_empty(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(UserError, match=r"empty\.txt is empty"):
        parsed_file(tmp_path, "empty.txt", data)


def test_a_refusal_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(UserError) as refused:
        parsed_file(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert refused.value.hint == "Upload the article as a .txt, .md or .html file."


def test_an_article_in_another_script_is_refused_as_not_english_not_as_furniture() -> None:
    japanese = "ウクライナの安全保障について、欧州の指導者たちはパリで協議した。ポーランドは部隊を派遣しないと述べた。"
    with pytest.raises(UserError, match="not in the Latin alphabet"):
        parse_article(f"{japanese}\n\n{japanese}\n".encode("shift_jis"), "tokyo.txt", lists=DATA_DIR)
