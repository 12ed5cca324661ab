"""The named Word styles of a foiagen letter (styles.xml), so that a user can restyle it in Word.

Sizes are in twentieths of a point (1440 = 1 inch) and half-points (24 = 12 pt).  Every
paragraph the writer emits names one of these styles and carries no direct formatting,
except list levels deeper than the styles provide.
"""

from __future__ import annotations

# Document paragraph style -> styleId.
PARAGRAPH_STYLE_IDS = {
    "body": "FOIABody",
    "plain": "FOIAPlain",
    "date": "FOIADate",
    "via": "FOIAVia",
    "re": "FOIARe",
    "salutation": "FOIASalutation",
    "closing": "FOIAClosing",
    "quote": "FOIAQuote",
    "certification": "FOIACertification",
    "subheading": "FOIASubheading",
}
HEADING_STYLE_IDS = {1: "FOIAHeading1", 2: "FOIAHeading2"}
# List level -> (first paragraph of an item, later paragraphs of the item).
LIST_STYLE_IDS = {1: ("FOIACategory", "FOIACategoryContinued"), 2: ("FOIASubitem", "FOIASubitemContinued")}
ADDRESS_STYLE = "FOIAAddress"
LETTERHEAD_STYLE = "FOIALetterhead"
LOGOS_STYLE = "FOIALetterheadLogos"
SIGNATURE_STYLE = "FOIASignature"
RUNNING_HEADER_STYLE = "FOIARunningHeader"
PAGE_NUMBER_STYLE = "FOIAPageNumber"
HYPERLINK_STYLE = "Hyperlink"

FONT = "Times New Roman"

_FOIA = """
<w:style w:type="paragraph" w:customStyle="1" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/>{next}<w:qFormat/>{ppr}{rpr}</w:style>"""


def _foia(style_id, name, ppr="", rpr="", based="Normal", next_id=None):
    next_el = f'<w:next w:val="{next_id}"/>' if next_id else ""
    return _FOIA.format(
        id=style_id,
        name=name,
        based=based,
        next=next_el,
        ppr=f"<w:pPr>{ppr}</w:pPr>" if ppr else "",
        rpr=f"<w:rPr>{rpr}</w:rPr>" if rpr else "",
    )


_AFTER = '<w:spacing w:after="240"/>'
_JUSTIFY = '<w:jc w:val="both"/>'
_HEADING_SPACING = '<w:spacing w:before="320" w:after="240"/>'


def _hanging(left: int) -> str:
    # A tab stop at the text position makes "label<TAB>text" line up in every renderer.
    return f'<w:tabs><w:tab w:val="left" w:pos="{left}"/></w:tabs>', f'<w:ind w:left="{left}" w:hanging="720"/>'


def _hanging_style(style_id, name, left, keep="", after=_AFTER, jc=_JUSTIFY, rpr="", based="Normal"):
    tabs, ind = _hanging(left)
    return _foia(style_id, name, keep + tabs + after + ind + jc, rpr, based)


_FOIA_STYLES = "".join(
    (
        # as the PDF: the names in 13 pt bold over a rule 4 pt below them, 18 pt above the date
        _foia("FOIALetterhead", "FOIA Letterhead", '<w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="5" w:space="4" w:color="auto"/></w:pBdr>'
              '<w:spacing w:after="360"/><w:jc w:val="center"/>', '<w:b/><w:sz w:val="26"/>'),
        _foia("FOIALetterheadLogos", "FOIA Letterhead Logos", '<w:keepNext/><w:spacing w:after="200"/><w:jc w:val="center"/>'),
        _foia("FOIADate", "FOIA Date", _AFTER),
        _foia("FOIAAddress", "FOIA Address", "<w:keepLines/>" + _AFTER),
        _foia("FOIAVia", "FOIA Via", _AFTER),
        _hanging_style("FOIARe", "FOIA Re", 720, keep="<w:keepLines/>", jc="", rpr="<w:b/>"),
        _foia("FOIASalutation", "FOIA Salutation", "<w:keepNext/>" + _AFTER),
        _foia("FOIABody", "FOIA Body", _AFTER + '<w:ind w:firstLine="720"/>' + _JUSTIFY, next_id="FOIABody"),
        _foia("FOIAPlain", "FOIA Plain", _AFTER + _JUSTIFY),
        _foia("FOIAQuote", "FOIA Quote", _AFTER + '<w:ind w:left="1440" w:right="1440"/>' + _JUSTIFY),
        _foia("FOIACertification", "FOIA Certification", "<w:keepLines/>" + _AFTER + _JUSTIFY),
        _foia("FOIASubheading", "FOIA Subheading", "<w:keepNext/><w:keepLines/>" + _AFTER + '<w:ind w:left="720"/>', "<w:i/>"),
        # as the PDF: 16 pt above; level 1 bold, level 2 bold italic; each kept with what follows
        _hanging_style("FOIAHeading1", "FOIA Heading 1", 720, keep="<w:keepNext/><w:keepLines/>", after=_HEADING_SPACING, jc="", rpr="<w:b/>", based="Heading1"),
        _hanging_style("FOIAHeading2", "FOIA Heading 2", 1440, keep="<w:keepNext/><w:keepLines/>", after=_HEADING_SPACING, jc="", rpr="<w:b/><w:i/>", based="Heading2"),
        _hanging_style("FOIACategory", "FOIA Category", 720),
        _foia("FOIACategoryContinued", "FOIA Category Continued", _AFTER + '<w:ind w:left="720"/>' + _JUSTIFY),
        _hanging_style("FOIASubitem", "FOIA Sub-item", 1440),
        _foia("FOIASubitemContinued", "FOIA Sub-item Continued", _AFTER + '<w:ind w:left="1440"/>' + _JUSTIFY),
        _foia("FOIAClosing", "FOIA Closing", "<w:keepNext/><w:keepLines/>" + _AFTER),
        _foia("FOIASignature", "FOIA Signature", "<w:keepLines/>" + _AFTER),
        _foia("FOIARunningHeader", "FOIA Running Header", _AFTER, based="Header"),
        _foia("FOIAPageNumber", "FOIA Page Number", '<w:jc w:val="center"/>', based="Footer"),
    )
)

# The built-in styles are defined here too, so that Word and LibreOffice use ours
# (Times New Roman, black) rather than their theme defaults.
STYLES_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:eastAsia="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="240"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>{_FOIA_STYLES}
</w:styles>"""

# What a user sees in Word's style list, for the tests and the docs.
STYLE_NAMES = (
    "FOIA Letterhead", "FOIA Letterhead Logos", "FOIA Date", "FOIA Address", "FOIA Via", "FOIA Re", "FOIA Salutation",
    "FOIA Body", "FOIA Plain", "FOIA Quote", "FOIA Certification", "FOIA Subheading",
    "FOIA Heading 1", "FOIA Heading 2", "FOIA Category", "FOIA Category Continued",
    "FOIA Sub-item", "FOIA Sub-item Continued", "FOIA Closing", "FOIA Signature",
    "FOIA Running Header", "FOIA Page Number", "footnote text", "footnote reference", "Hyperlink",
)
