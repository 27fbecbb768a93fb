"""Copying the start of a file: the kernel's way and the plain loop give the same bytes."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from crmdesk.backup.filecopy import SourceTooShort, copy_prefix, hash_prefix

SIZE = 3 * (1 << 20) + 12_345


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.bin"
    path.write_bytes(os.urandom(SIZE))
    return path


@pytest.mark.parametrize("kernel", [True, False])
@pytest.mark.parametrize("pieces", [1, 2, 5])
def test_copy_prefix_copies_exactly_the_first_bytes(
    source: Path, tmp_path: Path, pieces: int, kernel: bool
) -> None:
    length = SIZE - 4_000
    target = tmp_path / f"copy-{pieces}-{kernel}.bin"
    copy_prefix(source, target, length, pieces=pieces, kernel=kernel)
    assert target.read_bytes() == source.read_bytes()[:length]


@pytest.mark.parametrize("kernel", [True, False])
def test_copy_prefix_refuses_a_short_source(source: Path, tmp_path: Path, kernel: bool) -> None:
    with pytest.raises(SourceTooShort):
        copy_prefix(source, tmp_path / "copy.bin", SIZE + 1, kernel=kernel)


def test_copy_prefix_never_overwrites_a_file(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken.bin"
    target.write_bytes(b"keep")
    with pytest.raises(FileExistsError):
        copy_prefix(source, target, 10)
    assert target.read_bytes() == b"keep"


def test_hash_prefix_is_sha256_of_the_first_bytes(source: Path) -> None:
    expected = hashlib.sha256(source.read_bytes()[: SIZE - 1]).hexdigest()
    assert hash_prefix(source, SIZE - 1).hexdigest() == expected
    with pytest.raises(SourceTooShort):
        hash_prefix(source, SIZE + 1)
