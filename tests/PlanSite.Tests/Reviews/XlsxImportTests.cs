using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static PlanSite.Tests.Reviews.CliRun;

namespace PlanSite.Tests.Reviews;

public class XlsxImportTests
{
    [Fact]
    public void AWorkbookSavedFromExcelImportsLikeTheCsv()
    {
        using var copy = new ContentCopy();
        string path = copy.File("saitama-2023.xlsx");
        // Strings as Excel stores them (shared table), one number stored as a number, one cell left out.
        Write(path, [
            ["年度", "種別", "ID", "実績値", "評価", "コメント"],
            [2023, "指標", "2-1-1-1", "３,２４３", "A", "順調"],
            [2023, "指標", "2-1-3-1", 19.2, "S", null],
        ]);
        var (exit, _, err) = Run("review", "import", "saitama-dx-2021-2025", path, "--content", copy.ContentDir);
        Assert.True(exit == 0, err);
        var (plan, _) = PlanSite.Content.Loading.ContentLoader.LoadPlan(copy.ContentDir, "saitama-dx-2021-2025");
        var review = plan!.Reviews.Single(r => r.FiscalYear.StartYear == 2023);
        Assert.Equal((3243m, "３,２４３", "順調"), (review.Indicators["2-1-1-1"].Actual!.Number!.Value, review.Indicators["2-1-1-1"].Actual!.Raw, review.Indicators["2-1-1-1"].Note));
        Assert.Equal(19.2m, review.Indicators["2-1-3-1"].Actual!.Number);
        Assert.Equal("S", review.Indicators["2-1-3-1"].Grade!.Key);
    }

    [Fact]
    public void ErrorsInAWorkbookNameExcelsRowAndColumn()
    {
        using var copy = new ContentCopy();
        string path = copy.File("bad.xlsx");
        Write(path, [
            ["年度", "種別", "ID", "実績値", "評価", "コメント"],
            [2023, "指標", "2-1-1-1", "3243", "Z", null],
        ]);
        var before = copy.Snapshot();
        var (exit, _, err) = Run("review", "import", "saitama-dx-2021-2025", path, "--content", copy.ContentDir);
        Assert.Equal(1, exit);
        Assert.Contains($"{path}:2:5: 評価 (E): 'Z': not a grade of the plan", err);
        Assert.Equal(before, copy.Snapshot());
    }

    private static void Write(string path, object?[][] rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var data = new SheetData();
        for (int r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (int c = 0; c < rows[r].Length; c++)
            {
                string reference = $"{(char)('A' + c)}{r + 1}";
                switch (rows[r][c])
                {
                    case null: break;
                    case string text:
                        strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text)));
                        row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.SharedStringTable.Count() - 1) });
                        break;
                    case var number:
                        row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToString(number, System.Globalization.CultureInfo.InvariantCulture)!) });
                        break;
                }
            }
            data.AppendChild(row);
        }
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "評価" }));
    }
}
