package vn.camau.egov.shared.application;

import vn.camau.egov.shared.infrastructure.TableExport;

import java.util.List;

/** The two forms every statistics table and report prints in: a spreadsheet to work on, a PDF to sign and file. */
public enum ExportFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The tables in this form; the issuer heads a PDF's first page. */
    public byte[] render(String issuer, List<ReportTable> tables) {
        return this == PDF ? TableExport.pdf(issuer, tables) : TableExport.xlsx(tables);
    }

    /** "pdf" or "xlsx" from a request, PDF when unknown. */
    public static ExportFormat of(String name) {
        return "xlsx".equalsIgnoreCase(name) ? XLSX : PDF;
    }
}
