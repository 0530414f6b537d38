"""datapackage.json: every extract run describes its tables, and frictionless validates them."""
import json
import shutil

import pytest
from frictionless import Package

from pipeline import extract_folder
from pipeline.datapackage import FILE_NAME, FIELDS, descriptor, descriptor_bytes, write_datapackage
from pipeline.tables import COLUMNS, read_table
from shared_outputs import ROOT, write_corpus


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """Tables of the same corpus written with ',' and with ';'."""
    root = tmp_path_factory.mktemp("datapackage")
    corpus = write_corpus(root)
    for delimiter, name in ((",", "comma"), (";", "semicolon")):
        extract_folder(corpus, root / name, delimiter=delimiter)
    return root


def _validate(path):
    """Whether the package is valid, and its errors as (table, error type, note)."""
    report = Package(str(path)).validate()
    return report.valid, [(task.name, error.type, error.note) for task in report.tasks for error in task.errors]


def _edit(path, old, new):
    text = path.read_bytes().decode("utf-8-sig")
    assert old in text
    path.write_bytes(text.replace(old, new, 1).encode("utf-8-sig"))


@pytest.mark.parametrize("name", ["comma", "semicolon"])
def test_package_validates_against_the_written_tables(outputs, name):
    path = outputs / name / FILE_NAME
    valid, errors = _validate(path)
    assert valid, errors
    package = Package(str(path))
    delimiter = json.loads(path.read_text(encoding="utf-8"))["resources"][0]["dialect"]["delimiter"]
    for resource in package.resources:
        rows = resource.read_rows()
        frame = read_table(outputs / name / resource.path, delimiter=delimiter)
        assert len(rows) == len(frame) > 0, resource.name
        assert list(rows[0].keys()) == COLUMNS[resource.name]
    articles = {row["article_id"]: row for row in package.get_resource("articles").read_rows()}
    assert articles["seed"]["n_words"] > 0 and isinstance(articles["seed"]["n_words"], int)
    assert articles["empty"]["status"] == "error"


def test_the_descriptor_must_match_the_dialect(outputs, tmp_path):
    """The ';' tables fail against a descriptor that says ',': the dialect is really checked."""
    for table in COLUMNS:
        shutil.copy(outputs / "semicolon" / f"{table}.csv", tmp_path)
    write_datapackage(tmp_path, ",")
    assert not _validate(tmp_path / FILE_NAME)[0]


def test_broken_tables_are_caught(outputs, tmp_path):
    """A row pointing at an unknown article and a malformed date are reported."""
    for table in COLUMNS:
        shutil.copy(outputs / "comma" / f"{table}.csv", tmp_path)
    write_datapackage(tmp_path, ",")
    _edit(tmp_path / "dates.csv", "\r\nseed,", "\r\nnowhere,")
    _edit(tmp_path / "articles.csv", ",2025-02,", ",février 2025,")
    valid, errors = _validate(tmp_path / FILE_NAME)
    assert not valid
    assert {error[:2] for error in errors} == {("dates", "foreign-key"), ("articles", "constraint-error")}


def test_every_column_is_typed_and_described():
    package = descriptor(";")
    assert [resource["name"] for resource in package["resources"]] == list(COLUMNS)
    for resource in package["resources"]:
        schema = resource["schema"]
        assert [field["name"] for field in schema["fields"]] == COLUMNS[resource["name"]]
        assert all(field["type"] and field.get("description") for field in schema["fields"]), resource["name"]
        assert set(schema["primaryKey"]) <= set(COLUMNS[resource["name"]])
        assert (resource["encoding"], resource["dialect"]["delimiter"]) == ("utf-8-sig", ";")
        assert resource["dialect"]["lineTerminator"] == "\r\n"
        if resource["name"] != "articles":
            assert schema["foreignKeys"] == [{"fields": ["article_id"],
                                              "reference": {"resource": "articles", "fields": ["article_id"]}}]
    assert set(FIELDS) == set(COLUMNS)


def test_every_run_writes_the_same_bytes(outputs, tmp_path):
    written = (outputs / "semicolon" / FILE_NAME).read_bytes()
    assert written == write_datapackage(tmp_path, ";").read_bytes() == descriptor_bytes(";")
    assert written != (outputs / "comma" / FILE_NAME).read_bytes()
    assert json.loads(written) == descriptor(";")


def test_committed_data_package_is_current():
    committed = ROOT / "outputs" / FILE_NAME
    if not committed.exists():
        pytest.skip("outputs/datapackage.json is not committed yet: `make extract` writes it")
    assert committed.read_bytes() == descriptor_bytes(","), \
        "outputs/datapackage.json is stale: run `make extract` and commit outputs/"
