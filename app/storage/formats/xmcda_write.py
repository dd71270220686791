"""A project written as an XMCDA 3.1.1 document, refusing what XMCDA cannot hold."""

from __future__ import annotations

import math
import re
from xml.etree.ElementTree import Element, SubElement, indent, register_namespace, tostring

from app.storage.document import ProjectDocument
from app.storage.formats.csv_format import lost_parts
from decision.errors import InputError

XMCDA_NAMESPACE = "http://www.decision-deck.org/2019/XMCDA-3.1.1"
XMCDA_SCHEMA = "http://www.decision-deck.org/xmcda/_downloads/XMCDA-3.1.1.xsd"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NOT_XML = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")
register_namespace("xmcda", XMCDA_NAMESPACE)


def _check_text(text: str, what: str) -> str:
    if _NOT_XML.search(text):
        raise InputError(f"{what} has a control character that an XML file cannot hold")
    return text


def _value(parent: Element, x: float) -> None:
    SubElement(SubElement(parent, "values"), "value").append(_real(x))


def _real(x: float) -> Element:
    el = Element("real")
    el.text = repr(float(x))  # shortest text that reads back to the same double
    return el


def _described(el: Element, text: str, what: str) -> None:
    if text:
        SubElement(SubElement(el, "description"), "comment").text = _check_text(
            text, f"{what}: description"
        )


def document_to_xml(doc: ProjectDocument) -> str:
    lost = lost_parts(doc, sources=False, descriptions=True)
    if lost:
        raise InputError(
            f"an XMCDA file cannot hold the {', '.join(lost)} of this project; "
            "export to .xlsx or .json instead (nothing was written)"
        )
    p = doc.problem
    root = Element(
        f"{{{XMCDA_NAMESPACE}}}XMCDA",
        {f"{{{_XSI}}}schemaLocation": f"{XMCDA_NAMESPACE} {XMCDA_SCHEMA}"},
    )
    alts = SubElement(root, "alternatives")
    for a in p.alternatives:
        what = f"alternative '{a.id}'"
        el = SubElement(
            alts, "alternative", id=_check_text(a.id, what), name=_check_text(a.label, what)
        )
        _described(el, a.description, what)
        SubElement(el, "type").text = "real"
        SubElement(el, "active").text = "true"
    crits = SubElement(root, "criteria")
    for c in p.leaves:
        what = f"criterion '{c.id}'"
        el = SubElement(
            crits, "criterion", id=_check_text(c.id, what), name=_check_text(c.label, what)
        )
        _described(el, c.description, what)
        SubElement(el, "active").text = "true"
    scales = SubElement(root, "criteriaScales")
    for c in p.leaves:
        cs = SubElement(scales, "criterionScale")
        SubElement(cs, "criterionID").text = c.id
        quantitative = SubElement(SubElement(SubElement(cs, "scales"), "scale"), "quantitative")
        direction = "max" if c.direction == "benefit" else "min"
        SubElement(quantitative, "preferenceDirection").text = direction
    if any(c.weight is not None for c in p.leaves):
        weights = SubElement(root, "criteriaValues", mcdaConcept="weights")
        for c in p.leaves:
            if c.weight is not None:
                cv = SubElement(weights, "criterionValue")
                SubElement(cv, "criterionID").text = c.id
                _value(cv, c.weight)
    if any(c.unit for c in p.leaves):
        # Not a standard concept: other XMCDA programs ignore it, this one reads units back.
        units = SubElement(root, "criteriaValues", mcdaConcept="units")
        for c in p.leaves:
            if c.unit:
                cv = SubElement(units, "criterionValue")
                SubElement(cv, "criterionID").text = c.id
                label = Element("label")
                label.text = _check_text(c.unit, f"criterion '{c.id}': unit")
                SubElement(SubElement(cv, "values"), "value").append(label)
    attrs = {"name": _check_text(p.name, "the project name")} if p.name.strip() else {}
    table = SubElement(root, "performanceTable", attrs)
    for a, values in zip(p.alternatives, p.matrix, strict=True):
        present = [
            (c.id, float(v)) for c, v in zip(p.leaves, values, strict=True) if not math.isnan(v)
        ]
        if not present:
            continue  # a missing performance is simply absent
        ap = SubElement(table, "alternativePerformances")
        SubElement(ap, "alternativeID").text = a.id
        for cid, v in present:
            perf = SubElement(ap, "performance")
            SubElement(perf, "criterionID").text = cid
            _value(perf, v)
    indent(root, space="  ")
    body = tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
