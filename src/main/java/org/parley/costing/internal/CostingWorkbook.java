package org.parley.costing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parley.costing.Costing;
import org.parley.costing.CostingModel;
import org.parley.costing.CostingYear;
import org.parley.costing.HealthPlan;
import org.parley.costing.RollUpItem;
import org.parley.costing.ScheduleRate;
import org.parley.costing.Term;
import org.parley.platform.ParleyException;

/**
 * A costing as a workbook a finance officer can audit: every figure is a live formula over the inputs
 * (terms, schedule, roll-up, health plans, and one line per stretch of pay), never a pasted value, so a
 * change to an input recalculates everything in Excel or LibreOffice. The lines and their formulas are
 * those {@link CostingCalculator} computes with, so the workbook recalculates to Parley's figures.
 *
 * <p>Sheets: Summary (the figures), Lines (amount = rate × quantity × share of year × count × factor),
 * Terms, Schedule, Model (roll-up and health plans), Assumptions.
 */
final class CostingWorkbook {

    static final int MAX_LINES = 1_000_000;
    static final int MAX_ROLL_UP = 14;
    /** Summary: the row of each contract year is its number + 1; these rows follow the years. */
    static final String[] SUMMARY_COLUMNS = {"Year", "Start", "End", "Share of a year", "Wages", "One-time", "Increment",
            "Cumulative", "Roll-up", "Benefits", "Total", "Base for the year"};

    private CostingWorkbook() {
    }

    static byte[] write(String title, CostingModel model, CostingCalculator.Setup setup, List<Term> terms) {
        if (setup.rollUp().size() > MAX_ROLL_UP) {
            throw ParleyException.invalid("A workbook holds at most " + MAX_ROLL_UP + " roll-up items.");
        }
        List<CostingCalculator.Line> lines = new ArrayList<>();
        Costing costing = CostingCalculator.cost(setup, terms, line -> {
            if (lines.size() >= MAX_LINES) {
                throw ParleyException.invalid("This workforce makes more than " + MAX_LINES
                        + " lines of pay, more than a spreadsheet holds; export a smaller model.");
            }
            lines.add(line);
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            summary(workbook.createSheet("Summary"), title, model, costing, lines.size(), bold, money);
            lines(workbook.createSheet("Lines"), lines, bold, money);
            terms(workbook.createSheet("Terms"), terms, bold);
            schedule(workbook.createSheet("Schedule"), setup.schedule(), bold);
            model(workbook.createSheet("Model"), model, bold);
            Sheet assumptions = workbook.createSheet("Assumptions");
            header(assumptions, bold, "Assumptions: what every figure rests on");
            for (int i = 0; i < costing.assumptions().size(); i++) {
                assumptions.createRow(i + 1).createCell(0).setCellValue(costing.assumptions().get(i));
            }
            assumptions.setColumnWidth(0, 160 * 256);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Writing a workbook in memory cannot fail for lack of a disk", e);
        }
    }

    private static Row header(Sheet sheet, CellStyle bold, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(bold);
        }
        return row;
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static void formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void summary(Sheet sheet, String title, CostingModel model, Costing costing, int lineCount, CellStyle bold, CellStyle money) {
        header(sheet, bold, SUMMARY_COLUMNS);
        int last = lineCount + 1;
        String amount = "Lines!$K$2:$K$" + last;
        String year = "Lines!$A$2:$A$" + last;
        String kind = "Lines!$D$2:$D$" + last;
        int years = costing.years().size();
        int after = years + 2; // the first row after the years (1-based)
        String base = "$B$" + (after + 1);
        String baseHealth = "$B$" + (after + 2);
        for (CostingYear y : costing.years()) {
            int r = y.number() + 1;
            Row row = sheet.createRow(r - 1);
            row.createCell(0).setCellValue(y.number());
            row.createCell(1).setCellValue(y.start().toString());
            row.createCell(2).setCellValue(y.end().toString());
            number(row, 3, y.fraction());
            String sum = "SUMIFS(" + amount + "," + year + "," + y.number() + "," + kind + ",\"%s\")";
            formula(row, 4, "ROUND(" + sum.formatted("WAGES") + "+" + sum.formatted("DIFFERENTIAL") + "+" + sum.formatted("ONE_TIME") + ",2)", money);
            formula(row, 5, "ROUND(" + sum.formatted("ONE_TIME") + ",2)", money);
            formula(row, 11, "ROUND(" + base + "*D" + r + ",2)", money);
            formula(row, 6, y.number() == 1 ? "E" + r + "-L" + r : "E" + r + "-ROUND(E" + (r - 1) + "*D" + r + "/D" + (r - 1) + ",2)", money);
            formula(row, 7, "E" + r + "-L" + r, money);
            formula(row, 8, "ROUND(((H" + r + "-F" + r + ")*Model!$E$4+F" + r + "*Model!$E$5)/100,2)", money);
            formula(row, 9, "ROUND(" + sum.formatted("HEALTH") + ",2)-ROUND(" + baseHealth + "*D" + r + ",2)", money);
            formula(row, 10, "H" + r + "+I" + r + "+J" + r, money);
        }
        Row whole = sheet.createRow(after - 1);
        whole.createCell(0).setCellValue("Whole contract");
        for (int c : new int[] {4, 5, 7, 8, 9, 10}) {
            String column = String.valueOf((char) ('A' + c));
            formula(whole, c, "SUM(" + column + "2:" + column + (years + 1) + ")", money);
        }
        formula(whole, 6, "H" + after, money); // the whole contract's increment: the cumulative costs added up
        String[][] figures = {
                {"Base annual payroll", "SUMIFS(" + amount + "," + year + ",0," + kind + ",\"WAGES\")"},
                {"Base annual health premiums (employer)", "SUMIFS(" + amount + "," + year + ",0," + kind + ",\"HEALTH\")"},
                {"Cost of 1% (with the roll-up)", "ROUND(" + base + "*(100+Model!$E$4)/10000,2)"},
                {"End-rate lift (%)", "IF(" + base + "=0,0,ROUND((SUMIFS(" + amount + "," + kind + ",\"END_RATE\")/" + base + "-1)*100,2))"},
                {"Headcount", "SUMIFS(Lines!$C$2:$C$" + last + "," + year + ",0," + kind + ",\"WAGES\")"},
                // the total rounded to the cent first, as Parley divides it: a sum of cells in binary floating point can fall a
                // hair under a half cent (34,463.4999… for 34,463.50) and round the other way
                {"Cost per member (whole contract)", "IF($B$" + (after + 5) + "=0,0,ROUND(ROUND(K" + after + ",2)/$B$" + (after + 5) + ",2))"}};
        for (int i = 0; i < figures.length; i++) {
            Row row = sheet.createRow(after + i);
            row.createCell(0).setCellValue(figures[i][0]);
            formula(row, 1, figures[i][1], money);
        }
        Row titleRow = sheet.createRow(after + figures.length + 1);
        titleRow.createCell(0).setCellValue(title + " — model " + model.name() + " (" + model.side().label() + "); see Assumptions");
        sheet.setColumnWidth(0, 40 * 256);
        for (int c = 1; c < SUMMARY_COLUMNS.length; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private static void lines(Sheet sheet, List<CostingCalculator.Line> lines, CellStyle bold, CellStyle money) {
        header(sheet, bold, "Year", "Who", "Count", "Kind", "From", "To (exclusive)", "Share of a year", "Quantity",
                "Rate", "Factor", "Amount");
        for (int i = 0; i < lines.size(); i++) {
            CostingCalculator.Line line = lines.get(i);
            int r = i + 2;
            Row row = sheet.createRow(r - 1);
            row.createCell(0).setCellValue(line.year());
            row.createCell(1).setCellValue(line.who());
            row.createCell(2).setCellValue(line.count());
            row.createCell(3).setCellValue(line.kind().name());
            row.createCell(4).setCellValue(line.from().toString());
            row.createCell(5).setCellValue(line.to().toString());
            number(row, 6, line.fraction());
            number(row, 7, line.quantity());
            formula(row, 8, line.rateFormula(), null);
            if (line.factorFormula() == null) {
                number(row, 9, line.factor());
            } else {
                formula(row, 9, line.factorFormula(), null);
            }
            String rate = line.roundRate() ? "ROUND(I" + r + ",2)" : "I" + r;
            formula(row, 10, rate + "*H" + r + "*G" + r + "*C" + r + "*J" + r, money);
        }
        sheet.setColumnWidth(1, 30 * 256);
    }

    private static void terms(Sheet sheet, List<Term> terms, CellStyle bold) {
        header(sheet, bold, "Type", "Date", "Percent", "Cents per hour", "Amount", "Years", "Tier", "Monthly premium",
                "Employer %", "Turnover %", "Classifications", "What it says");
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(t.type().name());
            row.createCell(1).setCellValue(t.on().toString());
            number(row, 2, t.percent());
            number(row, 3, t.cents());
            number(row, 4, t.amount());
            if (t.years() != null) {
                row.createCell(5).setCellValue(t.years());
            }
            if (t.tier() != null) {
                row.createCell(6).setCellValue(t.tier());
            }
            number(row, 7, t.monthlyPremium());
            number(row, 8, t.employerPercent());
            number(row, 9, t.turnoverPercent());
            row.createCell(10).setCellValue(String.join(", ", t.classifications()));
            row.createCell(11).setCellValue(t.describe());
        }
    }

    private static void schedule(Sheet sheet, List<ScheduleRate> schedule, CellStyle bold) {
        header(sheet, bold, "Classification", "Step", "Hourly rate");
        for (int i = 0; i < schedule.size(); i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(schedule.get(i).classification());
            row.createCell(1).setCellValue(schedule.get(i).step());
            number(row, 2, schedule.get(i).hourlyRate());
        }
    }

    private static void model(Sheet sheet, CostingModel model, CellStyle bold) {
        Row first = sheet.createRow(0);
        first.createCell(0).setCellValue("Model");
        first.createCell(1).setCellValue(model.name() + " (" + model.side().label() + ")");
        Row head = sheet.createRow(2);
        head.createCell(0).setCellValue("Roll-up item");
        head.createCell(1).setCellValue("Percent");
        head.createCell(2).setCellValue("On one-time payments");
        head.createCell(4).setCellValue("Totals (%)");
        for (Cell cell : head) {
            cell.setCellStyle(bold);
        }
        List<RollUpItem> items = model.rollUp();
        for (int i = 0; i < MAX_ROLL_UP; i++) {
            Row row = sheet.getRow(3 + i) != null ? sheet.getRow(3 + i) : sheet.createRow(3 + i);
            if (i < items.size()) {
                row.createCell(0).setCellValue(items.get(i).name());
                number(row, 1, items.get(i).percent());
                row.createCell(2).setCellValue(items.get(i).onOneTimePayments() ? "yes" : "no");
            }
        }
        String range = "$B$4:$B$" + (3 + MAX_ROLL_UP);
        sheet.getRow(3).createCell(3).setCellValue("on recurring wages");
        formula(sheet.getRow(3), 4, "SUM(" + range + ")", null);
        sheet.getRow(4).createCell(3).setCellValue("on one-time payments");
        formula(sheet.getRow(4), 4, "SUMIF($C$4:$C$" + (3 + MAX_ROLL_UP) + ",\"yes\"," + range + ")", null);
        Row healthHead = sheet.createRow(CostingCalculator.HEALTH_ROW - 2);
        healthHead.createCell(0).setCellValue("Health tier (today)");
        healthHead.createCell(1).setCellValue("Monthly premium");
        healthHead.createCell(2).setCellValue("Employer %");
        for (Cell cell : healthHead) {
            cell.setCellStyle(bold);
        }
        List<HealthPlan> plans = model.healthPlans();
        for (int i = 0; i < plans.size(); i++) {
            Row row = sheet.createRow(CostingCalculator.HEALTH_ROW - 1 + i);
            row.createCell(0).setCellValue(plans.get(i).tier());
            number(row, 1, plans.get(i).monthlyPremium());
            number(row, 2, plans.get(i).employerPercent());
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(3, 22 * 256);
    }
}
