package vn.congan.ceremony.print.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.lowagie.text.pdf.PdfReader;
import vn.congan.ceremony.common.text.Html;

/**
 * The baseline measured on this machine: LibreOffice turning the same certificates into a
 * PDF, each sheet one page of centred paragraphs (authority, title, recipient, unit, achievement,
 * decision, register number, place and date, signer), written as a flat ODF text document with a
 * page break between sheets. Timed from the start of {@code soffice --headless --convert-to pdf}
 * to its end, as a print office would run it: the first run with a new LibreOffice profile (its
 * first start on the machine), the second with that profile.
 */
final class LibreOfficeBaseline {

    /** One conversion: the pages of the PDF LibreOffice wrote and the seconds it took. */
    record Run(int pages, double seconds) {
        double pagesPerSecond() {
            return pages / seconds;
        }
    }

    private LibreOfficeBaseline() {
    }

    static boolean installed() {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "soffice")));
    }

    /** Converts the sheets twice (new profile, then the same), in {@code dir}. */
    static List<Run> measure(List<CertificateSheet> sheets, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path document = dir.resolve("certificates.fodt");
        Files.writeString(document, flatOdt(sheets), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory(dir, "profile");
        return List.of(convert(document, profile), convert(document, profile));
    }

    private static Run convert(Path document, Path profile) throws IOException, InterruptedException {
        Path pdf = document.resolveSibling("certificates.pdf");
        Files.deleteIfExists(pdf);
        long start = System.nanoTime();
        Process process = new ProcessBuilder("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir",
                document.getParent().toString(), document.toString()).redirectErrorStream(true)
                .redirectOutput(document.resolveSibling("soffice.log").toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish in 10 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0 || !Files.exists(pdf)) {
            throw new IllegalStateException("LibreOffice failed: " + Files.readString(document.resolveSibling("soffice.log")));
        }
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            return new Run(reader.getNumberOfPages(), seconds);
        } finally {
            reader.close();
        }
    }

    private static String flatOdt(List<CertificateSheet> sheets) {
        StringBuilder body = new StringBuilder(sheets.size() * 900);
        for (CertificateSheet sheet : sheets) {
            CertificateData d = ((CertificateSheet.Certificate) sheet).data();
            paragraph(body, "Authority", d.authority());
            paragraph(body, "Title", d.formTitle());
            paragraph(body, "Recipient", d.recipient());
            paragraph(body, "Body", d.recipientDetail());
            paragraph(body, "Body", d.achievement());
            paragraph(body, "Body", "Quyết định số " + d.decisionNumber() + " ngày " + d.decisionDate());
            paragraph(body, "Body", "Số vào sổ: " + d.registerNumber());
            paragraph(body, "Body", d.place() + ", ngày 20 tháng 12 năm 2026");
            d.signerCapacity().forEach(line -> paragraph(body, "Signer", line));
            paragraph(body, "Signer", d.signerName());
            body.append("<text:p text:style-name=\"Break\"/>");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                 <office:automatic-styles>
                  <style:page-layout style:name="A4L"><style:page-layout-properties fo:page-width="297mm"
                   fo:page-height="210mm" style:print-orientation="landscape" fo:margin="20mm"/></style:page-layout>
                  <style:style style:name="Authority" style:family="paragraph"><style:paragraph-properties
                   fo:text-align="center"/><style:text-properties style:font-name="DejaVu Serif" fo:font-size="14pt"/></style:style>
                  <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties
                   fo:text-align="center" fo:margin-top="8mm"/><style:text-properties style:font-name="DejaVu Serif"
                   fo:font-size="40pt" fo:font-weight="bold"/></style:style>
                  <style:style style:name="Recipient" style:family="paragraph"><style:paragraph-properties
                   fo:text-align="center" fo:margin-top="6mm"/><style:text-properties style:font-name="DejaVu Serif"
                   fo:font-size="22pt" fo:font-weight="bold"/></style:style>
                  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties
                   fo:text-align="center"/><style:text-properties style:font-name="DejaVu Serif" fo:font-size="14pt"/></style:style>
                  <style:style style:name="Signer" style:family="paragraph"><style:paragraph-properties
                   fo:text-align="end"/><style:text-properties style:font-name="DejaVu Serif" fo:font-size="14pt"
                   fo:font-weight="bold"/></style:style>
                  <style:style style:name="Break" style:family="paragraph"><style:paragraph-properties
                   fo:break-after="page"/></style:style>
                 </office:automatic-styles>
                 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4L"/></office:master-styles>
                 <office:body><office:text>
                """ + body + """
                 </office:text></office:body>
                </office:document>
                """;
    }

    private static void paragraph(StringBuilder out, String style, String text) {
        out.append("<text:p text:style-name=\"").append(style).append("\">").append(Html.escape(text)).append("</text:p>");
    }

    static String describe(Run run) {
        return String.format(Locale.ROOT, "%d pages in %.1f s, %.0f pages/s", run.pages(), run.seconds(),
                run.pagesPerSecond());
    }
}
