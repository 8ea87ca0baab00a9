package vn.congan.ceremony.print;

import java.util.List;
import vn.congan.ceremony.print.certificate.FitWarning;

/**
 * One file of a print job: the sheets that go through the printer on one stock, named after it
 * ("in-bang-khen-a3-...pdf"). A job whose certificates use one stock is one file; a job that needs
 * A3 Bằng khen blanks and A4 Giấy khen blanks is one file per stock, and in blank-stock mode the
 * separator slips are a file of their own, on plain paper, never on a blank.
 *
 * @param fileName   the PDF's name inside the download
 * @param stock      the stock as the print page names it ("Bằng khen A3", "Giấy trắng A4")
 * @param blankStock true when the sheets go onto pre-printed blanks
 * @param slips      true for the separator slips' file
 * @param sheets     sheets in the file
 * @param warnings   the file's sheets that overflow, numbered by their page in this file
 */
public record PrintFile(String fileName, String stock, boolean blankStock, boolean slips, int sheets,
        List<FitWarning> warnings) {

    public PrintFile {
        warnings = List.copyOf(warnings);
    }
}
