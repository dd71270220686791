"""XMCDA 3 project files (decision-deck.org): parsed safely, the version taken from the namespace."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from app.storage.document import ProjectDocument
from app.storage.formats.xmcda_read import document_from_root
from app.storage.formats.xmcda_write import XMCDA_NAMESPACE, document_to_xml
from decision.errors import InputError

__all__ = ["XMCDA_NAMESPACE", "parse_root", "read_xmcda", "write_xmcda"]

_NAMESPACE = re.compile(r"\{(http://www\.decision-deck\.org/\d{4}/XMCDA-(\d+)\.(\d+)\.(\d+))\}(.*)")


def parse_root(data: bytes) -> Element:
    """The checked ``XMCDA`` root element of an XMCDA 3.x document.

    DTDs (and with them external entities and entity-expansion bombs) are refused before
    anything is resolved, so no file or URL named by the document is ever opened.
    """
    if not data.strip():
        raise InputError("the file is empty")
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise InputError("XML with a DTD or entities is refused for safety") from None
    except ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":")[0]
        raise InputError(
            f"not well-formed XML (line {line}, column {column + 1}: {reason})"
        ) from None
    tag = root.tag
    match = _NAMESPACE.fullmatch(tag)
    if match is None:
        namespace = tag[1:].split("}")[0] if tag.startswith("{") else ""
        local = tag.split("}")[-1]
        if not namespace:
            raise InputError(
                f"the root element <{local}> has no namespace; an XMCDA 3 file starts with "
                f'<xmcda:XMCDA xmlns:xmcda="{XMCDA_NAMESPACE}">'
            )
        raise InputError(
            f"unknown namespace '{namespace}' on the root element <{local}>; "
            f"expected an XMCDA 3 namespace such as {XMCDA_NAMESPACE}"
        )
    namespace, major, local = match.group(1), int(match.group(2)), match.group(5)
    if major != 3:
        raise InputError(
            f"XMCDA {major} files are not supported (namespace {namespace}); "
            "convert the file to XMCDA 3 (XMCDA-3.x namespace)"
        )
    if local != "XMCDA":
        raise InputError(f"the root element is <{local}>, not <XMCDA>")
    return root


def read_xmcda(path: Path) -> ProjectDocument:
    """The project in an XMCDA 3 file: alternatives, criteria, scales, weights, performances.

    The project name is the performance table's ``name`` attribute, else the file's stem.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}") from None
    return document_from_root(parse_root(data), path.stem)


def write_xmcda(doc: ProjectDocument, path: Path) -> None:
    """Write ``doc`` as XMCDA 3.1.1, atomically; refuses what XMCDA cannot hold."""
    from app.storage.formats.atomic import write_text_atomically

    write_text_atomically(path, document_to_xml(doc))
