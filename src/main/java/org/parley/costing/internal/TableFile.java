package org.parley.costing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.parley.platform.CsvRecords;
import org.parley.platform.ParleyException;

/**
 * A table a team keeps in Excel or exports as CSV: the first sheet of an XLSX file (Apache POI), or CSV
 * text. Numbers come as they are stored (not as Excel displays them, so 41.2 is not cut to "41"), dates
 * as 2026-07-01.
 */
final class TableFile {

    private TableFile() {
    }

    static List<List<String>> read(String filename, byte[] content, String what) {
        if (content == null || content.length == 0) {
            throw ParleyException.invalid(what + " is empty.");
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        if (zip || (filename != null && filename.toLowerCase().endsWith(".xlsx"))) {
            return xlsx(content, what);
        }
        return CsvRecords.parse(new String(content, StandardCharsets.UTF_8), what);
    }

    private static List<List<String>> xlsx(byte[] content, String what) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> records = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> fields = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        fields.add(text(row.getCell(c), formatter));
                    }
                }
                records.add(fields);
            }
            if (records.isEmpty()) {
                throw ParleyException.invalid(what + " has no rows on its first sheet.");
            }
            return records;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParleyException p) {
                throw p;
            }
            throw ParleyException.invalid(what + " could not be read as an XLSX workbook: " + e.getMessage());
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return type == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
    }
}
