#!/usr/bin/env python3
"""Makes the fixtures that LibreOffice writes (Debian libreoffice-writer-nogui, libreoffice-calc-nogui, fonts-noto-cjk):
- 004-print.pdf: seed 004's text in Writer, A4, Noto Serif CJK, a running header with the plan's short title and a
  page number in the footer;
- 000-word-table.pdf: 000-word-table.docx (seed 000 with its problem list as a Word table, merged cells) printed as
  it is — the table's rows cross page breaks;
- 004-word97.doc and 001-excel97.xls: the Word and Excel twins saved in the 97–2003 binary formats, as many county
  offices (and WPS) still send them.
Run from anywhere; writes them into tests/Fixtures/formats/."""
import pathlib, shutil, subprocess, tempfile
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parents[3]
text = (root / "seeds" / "004_5daf789ba15e6675.txt").read_text(encoding="utf-8")
paragraphs = "\n".join(f'<text:p text:style-name="Body">{escape(line)}</text:p>' for line in text.splitlines())
fodt = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.1cm" fo:line-height="130%"/>
   <style:text-properties style:font-name="Noto Serif CJK SC" fo:font-size="12pt" style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="12pt"/>
  </style:style>
  <style:style style:name="Running" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name-asian="Noto Serif CJK SC" fo:font-size="9pt" style:font-size-asian="9pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.6cm" fo:margin-right="2.6cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
   <style:header><text:p text:style-name="Running">晋城市城区生态环境保护督察整改方案（征求意见稿）</text:p></style:header>
   <style:footer><text:p text:style-name="Running">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
{paragraphs}
 </office:text></office:body>
</office:document>
"""
fixtures = root / "tests" / "Fixtures" / "formats"
with tempfile.TemporaryDirectory() as work:
    source = pathlib.Path(work) / "004-print.fodt"
    source.write_text(fodt, encoding="utf-8")
    for name in ["000-word-table.docx", "004-word.docx", "001-excel.xlsx"]:
        shutil.copy(fixtures / name, work)
    for name, target, saved in [("004-print.fodt", "pdf", "004-print.pdf"), ("000-word-table.docx", "pdf", "000-word-table.pdf"),
                                ("004-word.docx", "doc:MS Word 97", "004-word97.doc"), ("001-excel.xlsx", "xls:MS Excel 97", "001-excel97.xls")]:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", target, "--outdir", work, str(pathlib.Path(work) / name)],
                       check=True, capture_output=True, timeout=180)
        written = pathlib.Path(name).stem + "." + target.split(":")[0]
        shutil.copy(pathlib.Path(work) / written, fixtures / saved)
        print(f"tests/Fixtures/formats/{saved}")
