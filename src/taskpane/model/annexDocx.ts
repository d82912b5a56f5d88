/** The part of src/annex that needs the `docx` package: one module, so the pane loads it only on demand. */
export { annexDocx } from "../../annex/annexDocx";
export { DOCX_MIME } from "../../annex/docxCommon";
export { sachstandDocx } from "../../annex/sachstandDocx";
