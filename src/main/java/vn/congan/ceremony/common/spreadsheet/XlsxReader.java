package vn.congan.ceremony.common.spreadsheet;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx streaming: each part of the zip (workbook, styles, shared texts, sheets) is
 * parsed with SAX as it is unpacked, nothing is built of the whole workbook, and every cap of
 * {@link ReadLimits} is checked on the way (bytes unpacked, shared texts, rows, cell length).
 * POI's {@code ZipSecureFile} still refuses entries compressed past its inflate ratio.
 */
final class XlsxReader {

    private final ReadLimits limits;
    private long unpacked;
    private boolean date1904;
    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> styleFormats = new ArrayList<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    XlsxReader(ReadLimits limits) {
        this.limits = limits;
    }

    List<Sheet> read(File file) throws IOException, SAXException {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            try {
                XSSFReader reader = new XSSFReader(pkg);
                parse(reader.getWorkbookData(), new WorkbookHandler());
                InputStream styles = optional(reader, true);
                if (styles != null) {
                    parse(styles, new StylesHandler());
                }
                InputStream strings = optional(reader, false);
                if (strings != null) {
                    parse(strings, new SharedStringsHandler());
                }
                List<Sheet> sheets = new ArrayList<>();
                XSSFReader.SheetIterator it = reader.getSheetIterator();
                while (it.hasNext()) {
                    InputStream data = it.next();
                    SheetBuilder builder = new SheetBuilder(it.getSheetName(), limits);
                    parse(data, new SheetHandler(builder));
                    sheets.add(builder.build());
                }
                return sheets;
            } finally {
                pkg.revert();
            }
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new IOException(e);
        }
    }

    private static InputStream optional(XSSFReader reader, boolean styles) {
        try {
            return styles ? reader.getStylesData() : reader.getSharedStringsData();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            return null; // a workbook without styles or shared texts
        }
    }

    private void parse(InputStream part, DefaultHandler handler) throws IOException, SAXException {
        try (InputStream in = new Counted(part)) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** Thrown when the parts of a workbook unpack to more than {@link ReadLimits#MAX_UNPACKED_BYTES}. */
    static final class TooMuchUnpacked extends IOException {
        TooMuchUnpacked() {
            super("The workbook unpacks to more than " + ReadLimits.MAX_UNPACKED_BYTES + " bytes");
        }
    }

    /** Counts the bytes unpacked from all parts together and stops past the cap. */
    private final class Counted extends FilterInputStream {
        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws IOException {
            unpacked += n;
            if (unpacked > ReadLimits.MAX_UNPACKED_BYTES) {
                throw new TooMuchUnpacked();
            }
        }
    }

    /** Text of an element, kept up to one character more than a cell may hold. */
    private static void append(StringBuilder text, char[] ch, int start, int length) {
        int room = ReadLimits.MAX_CELL_CHARS + 1 - text.length();
        if (room > 0) {
            text.append(ch, start, Math.min(room, length));
        }
    }

    /** workbook.xml: only whether dates count from 1904. */
    private final class WorkbookHandler extends DefaultHandler {
        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("workbookPr".equals(localName)) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            }
        }
    }

    /** styles.xml: the number format of every cell style, to tell dates from numbers. */
    private final class StylesHandler extends DefaultHandler {
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "numFmt" -> {
                    Integer id = integer(attributes.getValue("numFmtId"));
                    String code = attributes.getValue("formatCode");
                    if (id != null && code != null && formats.size() < 10_000) {
                        formats.put(id, code);
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs && styleFormats.size() < 100_000) {
                        Integer id = integer(attributes.getValue("numFmtId"));
                        styleFormats.add(id == null ? 0 : id);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("cellXfs".equals(localName)) {
                inCellXfs = false;
            }
        }
    }

    /** sharedStrings.xml: every shared text, phonetic runs left out, counted against the text cap. */
    private final class SharedStringsHandler extends DefaultHandler {
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> {
                    limits.countText(text.length() + 32L); // and what keeping one more text costs
                    sharedStrings.add(decodeEscapes(text.toString()));
                }
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                append(text, ch, start, length);
            }
        }
    }

    /** A worksheet: rows and cells in order, then the merged ranges. */
    private final class SheetHandler extends DefaultHandler {
        private final SheetBuilder sheet;
        private final StringBuilder value = new StringBuilder();
        private int row;
        private int column;
        private String type;
        private String style;
        private boolean inCell;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private boolean hasValue;
        private boolean hasFormula;

        SheetHandler(SheetBuilder sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    Integer r = integer(attributes.getValue("r"));
                    row = r != null ? r : row + 1;
                    column = -1;
                    sheet.startRow(row);
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref != null ? new CellReference(ref).getCol() : column + 1;
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    inCell = true;
                    hasValue = false;
                    hasFormula = false;
                    value.setLength(0);
                }
                case "f" -> hasFormula = inCell;
                case "v" -> {
                    inValue = inCell;
                    hasValue = inCell;
                }
                case "is" -> inInline = inCell;
                case "rPh" -> inPhonetic = true;
                case "t" -> {
                    if (inInline && !inPhonetic) {
                        inValue = true;
                        hasValue = true;
                    }
                }
                case "mergeCell" -> {
                    String ref = attributes.getValue("ref");
                    if (ref != null) {
                        CellRangeAddress range = CellRangeAddress.valueOf(ref);
                        sheet.merge(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(),
                                range.getLastColumn());
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> {
                    inCell = false;
                    cell();
                }
                case "row" -> sheet.endRow();
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                append(value, ch, start, length);
            }
        }

        private void cell() {
            String raw = value.toString();
            boolean text = "str".equals(type) || "inlineStr".equals(type) || "s".equals(type);
            if (hasFormula && (!hasValue || raw.isEmpty() && !text)) {
                sheet.cell(column, "", true); // saved without its result: nothing to show
                return;
            }
            if (!hasValue) {
                return;
            }
            String shown;
            if ("s".equals(type)) {
                Integer index = integer(raw.trim());
                if (index == null || index < 0 || index >= sharedStrings.size()) {
                    throw new IllegalStateException("No shared string " + raw);
                }
                shown = sharedStrings.get(index);
            } else if ("str".equals(type) || "inlineStr".equals(type)) {
                shown = decodeEscapes(raw);
            } else if ("d".equals(type)) {
                shown = raw;
            } else if ("b".equals(type)) {
                shown = Boolean.toString("1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim()));
            } else if ("e".equals(type)) {
                shown = "";
            } else {
                shown = number(raw.trim());
            }
            sheet.cell(column, shown, false);
        }

        /** A number as written ("1", not "1.0"); a date in its cell's date format. */
        private String number(String raw) {
            if (raw.isEmpty()) {
                return "";
            }
            double number = Double.parseDouble(raw);
            Integer xf = integer(style);
            int formatId = xf != null && xf >= 0 && xf < styleFormats.size() ? styleFormats.get(xf) : 0;
            String format = formats.getOrDefault(formatId, BuiltinFormats.getBuiltinFormat(formatId));
            if (format != null && DateUtil.isADateFormat(formatId, format) && DateUtil.isValidExcelDate(number)) {
                return formatter.formatRawCellContents(number, formatId, format, date1904);
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
    }

    private static Integer integer(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /**
     * Excel writes characters XML cannot hold (BEL, ESC, ...) as "_x0007_", and a literal "_x" as
     * "_x005F_x": decoded here as Excel and POI read them, so the clean-up of {@link SheetRow}
     * sees (and reports) the real character.
     */
    static String decodeEscapes(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
