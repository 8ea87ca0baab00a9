package vn.congan.ceremony.common.spreadsheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import vn.congan.ceremony.common.UserMessageException;

/**
 * Reads one file with {@link SpreadsheetReader} in a JVM of its own, started by
 * {@link SpreadsheetLimitsTest} with a small heap: prints "REFUSED key [args]", "READ n rows" or
 * "OUT OF MEMORY", so the test sees what a server with that heap would do.
 */
public final class ReadInSmallHeap {

    private ReadInSmallHeap() {
    }

    public static void main(String[] args) throws Exception {
        byte[] content = Files.readAllBytes(Path.of(args[0]));
        int maxRows = Integer.parseInt(args[1]);
        try {
            List<Sheet> sheets = SpreadsheetReader.read(args[0], content, maxRows);
            System.out.println("READ " + sheets.stream().mapToInt(s -> s.rows().size()).sum() + " rows");
        } catch (UserMessageException e) {
            System.out.println("REFUSED " + e.getMessageKey() + " " + Arrays.toString(e.getArguments()));
        } catch (OutOfMemoryError e) {
            content = null;
            System.out.println("OUT OF MEMORY");
            System.exit(3);
        }
    }
}
