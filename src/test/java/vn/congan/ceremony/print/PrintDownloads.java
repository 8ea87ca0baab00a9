package vn.congan.ceremony.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Reads a print job's download back: the PDFs of a ZIP, and the size of each page. */
public final class PrintDownloads {

    private PrintDownloads() {
    }

    /** The PDFs of a ZIP download by name, in the order they are stored; fails when it is no ZIP. */
    public static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (files.isEmpty()) {
            throw new AssertionError("not a ZIP of PDFs");
        }
        return files;
    }

    /** Each page's size in whole mm, "420x297". */
    public static List<String> pageSizesMm(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> sizes = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                sizes.add(Math.round(page.getMediaBox().getWidth() * 25.4 / 72) + "x"
                        + Math.round(page.getMediaBox().getHeight() * 25.4 / 72));
            }
            return sizes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
