using System.IO.Compression;
using System.Text.Json;
using NJsonSchema;
using PlanSite.Tests.Rendering;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Data;

/// <summary>The data files of the real site (docs/data-formats.md), read back the way a user's tools would.</summary>
public class DataFilesTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    private const string Dx = "plans/saitama-dx-2021-2025";

    private byte[] Bytes(string path) => File.ReadAllBytes(Path.Combine(site.OutDir, path));

    private JsonElement Json(string path) => JsonDocument.Parse(Bytes(path)).RootElement;

    private IEnumerable<string> IndicatorFiles(string extension) =>
        Directory.GetFiles(Path.Combine(site.OutDir, "plans"), "*." + extension, SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "indicators")
            .Select(f => Path.GetRelativePath(site.OutDir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static Dictionary<string, string> Record(string[] header, string[] row) =>
        header.Zip(row).ToDictionary(p => p.First, p => p.Second);

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Null ? null : e.GetProperty(name) is { ValueKind: JsonValueKind.Null } ? null : e.GetProperty(name).ToString();

    [Fact]
    public void IndicatorCsvOpensInJapaneseExcelAndCarriesTheSeedsNumbers()
    {
        var bytes = Bytes($"{Dx}/indicators/2-1-3-1.csv");
        Assert.True(CsvText.HasBom(bytes), "Excel in Japan needs the UTF-8 BOM");
        var rows = CsvText.Parse(bytes);
        var header = rows[0];
        Assert.Equal(["municipality", "plan_id", "plan_title"], header[..3]);
        var records = rows.Skip(1).Select(r => Record(header, r)).ToArray();
        Assert.Equal(["2021", "2022", "2023", "2024", "2025"], records.Select(r => r["fiscal_year"]));
        // 令和3年度: target 10.8 hours, actual 5.7, grade B (進捗管理シート, seed 004).
        var r3 = records[0];
        Assert.Equal(("10.8", "5.7", "B", "目標未達"), (r3["target"], r3["actual"], r3["grade"], r3["grade_label"]));
        Assert.Equal(("時間", "increase", "令和3年度"), (r3["unit"], r3["direction"], r3["fiscal_year_label"]));
        Assert.Equal("https://plansite.example/plans/saitama-dx-2021-2025/indicators/2-1-3-1/", r3["url"]);
        Assert.Equal("004_ed437960464d9b3c.txt", r3["source_file"]);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
    }

    [Fact]
    public void EveryIndicatorsCsvAndJsonCarryTheSameValues()
    {
        var csvFiles = IndicatorFiles("csv").ToArray();
        Assert.True(csvFiles.Length >= 129, $"only {csvFiles.Length} indicator CSV files");
        foreach (var csvPath in csvFiles)
        {
            var rows = CsvText.Parse(Bytes(csvPath));
            var records = rows.Skip(1).Select(r => Record(rows[0], r)).ToArray();
            var indicator = Json(Path.ChangeExtension(csvPath, ".json")).GetProperty("indicator");
            var years = indicator.GetProperty("years").EnumerateArray().ToArray();
            Assert.True(years.Length == records.Length, $"{csvPath}: {records.Length} CSV rows, {years.Length} JSON years");
            for (int i = 0; i < years.Length; i++)
            {
                var (csv, json) = (records[i], years[i]);
                string where = $"{csvPath} {csv["fiscal_year"]}";
                Assert.True(json.GetProperty("fiscal_year").GetString() == csv["fiscal_year"], where);
                foreach (var part in new[] { "target", "actual" })
                {
                    var value = json.GetProperty(part);
                    Assert.True((Str(value, "raw") ?? "") == csv[part + "_raw"], $"{where} {part}_raw");
                    decimal? number = value.ValueKind == JsonValueKind.Null || value.GetProperty("number").ValueKind == JsonValueKind.Null
                        ? null : value.GetProperty("number").GetDecimal();
                    decimal? fromCsv = csv[part] == "" ? null : decimal.Parse(csv[part], System.Globalization.CultureInfo.InvariantCulture);
                    Assert.True(number == fromCsv, $"{where} {part}: JSON {number}, CSV {csv[part]}");
                }
                Assert.True((Str(json.GetProperty("grade"), "key") ?? "") == csv["grade"], $"{where} grade");
            }
            Assert.Equal(indicator.GetProperty("id").GetString(), records.Select(r => r["indicator_id"]).Distinct().Single());
        }
    }

    [Fact]
    public void SakadoRepeatRowsCarryTheOriginalsSeriesAndSayWhichItIs()
    {
        var plan = Json("plans/sakado-gyokaku-2017-2021.json");
        var repeats = plan.GetProperty("indicators").EnumerateArray()
            .Where(i => i.GetProperty("repeat_of").ValueKind != JsonValueKind.Null).ToArray();
        Assert.Equal(5, repeats.Length);
        foreach (var repeat in repeats)
        {
            var original = plan.GetProperty("indicators").EnumerateArray()
                .Single(i => i.GetProperty("id").GetString() == repeat.GetProperty("repeat_of").GetString());
            Assert.Equal(original.GetProperty("years").ToString(), repeat.GetProperty("years").ToString());
        }
    }

    [Theory]
    [InlineData("indicator.schema.json")]
    [InlineData("plan.schema.json")]
    [InlineData("index.schema.json")]
    public async Task EveryJsonFileValidatesAgainstItsPublishedSchema(string schemaFile)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Root, "docs", "schemas", schemaFile));
        var files = schemaFile switch
        {
            "indicator.schema.json" => IndicatorFiles("json").ToArray(),
            "plan.schema.json" => Directory.GetFiles(Path.Combine(site.OutDir, "plans"), "*.json")
                .Select(f => "plans/" + Path.GetFileName(f)).ToArray(),
            _ => ["data/index.json"],
        };
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var errors = schema.Validate(File.ReadAllText(Path.Combine(site.OutDir, file)));
            Assert.True(errors.Count == 0, $"{file}: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
    }

    [Fact]
    public void SchemaRejectsAFileThatBreaksIt()
    {
        // Guards the guard: a schema that accepts anything would make the test above meaningless.
        var schema = JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Root, "docs", "schemas", "indicator.schema.json")).Result;
        string good = File.ReadAllText(Path.Combine(site.OutDir, Dx, "indicators", "2-1-3-1.json"));
        Assert.Empty(schema.Validate(good));
        Assert.NotEmpty(schema.Validate(good.Replace("\"direction\": \"increase\"", "\"direction\": \"up\"")));
        Assert.NotEmpty(schema.Validate(good.Replace("\"raw\": \"10.8\"", "\"raw\": 10.8")));
    }

    [Fact]
    public void IndexListsEveryPageAndFileAndEachOneExists()
    {
        var index = Json("data/index.json");
        Assert.Equal("https://plansite.example/", index.GetProperty("base_url").GetString());
        var plans = index.GetProperty("plans").EnumerateArray().ToArray();
        Assert.Contains(plans, p => p.GetProperty("id").GetString() == "saitama-dx-2021-2025");
        Assert.Contains(plans, p => p.GetProperty("id").GetString() == "sakado-gyokaku-2017-2021");
        int indicatorPages = 0;
        foreach (var plan in plans)
        {
            Assert.True(File.Exists(Path.Combine(site.OutDir, plan.GetProperty("path").GetString()!, "index.html")));
            Assert.True(File.Exists(Path.Combine(site.OutDir, plan.GetProperty("csv").GetString()!)));
            foreach (var measure in plan.GetProperty("measures").EnumerateArray())
                Assert.True(File.Exists(Path.Combine(site.OutDir, measure.GetProperty("path").GetString()!, "index.html")));
            foreach (var indicator in plan.GetProperty("indicators").EnumerateArray())
            {
                foreach (var key in new[] { "csv", "json" })
                    Assert.True(File.Exists(Path.Combine(site.OutDir, indicator.GetProperty(key).GetString()!)));
                Assert.True(File.Exists(Path.Combine(site.OutDir, indicator.GetProperty("path").GetString()!, "index.html")));
                indicatorPages++;
            }
        }
        Assert.Equal(IndicatorFiles("csv").Count(), indicatorPages);
    }

    [Fact]
    public void BundleHoldsEveryCsvAndJsonByteForByte()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(site.OutDir, "data", "plansite-data.zip"));
        var expected = Directory.GetFiles(site.OutDir, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".csv") || f.EndsWith(".json"))
            .Select(f => Path.GetRelativePath(site.OutDir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.True(copy.ToArray().AsSpan().SequenceEqual(Bytes(entry.FullName)), entry.FullName);
        }
    }

    [Fact]
    public void PlanCsvHasOneRowPerIndicatorYear()
    {
        var rows = CsvText.Parse(Bytes($"{Dx}.csv"));
        var plan = Json($"{Dx}.json");
        int years = plan.GetProperty("indicators").EnumerateArray().Sum(i => i.GetProperty("years").GetArrayLength());
        Assert.Equal(67 * 5, years);
        Assert.Equal(years + 1, rows.Count);
    }

    [Fact]
    public void IndicatorPageOffersItsFilesWithTheirRealSizesACitationAndAnEmbed()
    {
        string pagePath = $"{Dx}/indicators/2-1-3-1/index.html";
        var page = site.Page(pagePath);
        var links = page.QuerySelectorAll("ul.downloads li").ToArray();
        Assert.Equal(3, links.Length);
        foreach (var (item, extension) in links.Zip(new[] { "csv", "json", "svg" }))
        {
            string href = item.QuerySelector("a")!.GetAttribute("href")!;
            Assert.EndsWith($"2-1-3-1.{extension}", href);
            string file = Path.GetFullPath(Path.Combine(site.OutDir, Path.GetDirectoryName(pagePath)!, href));
            long size = new FileInfo(file).Length;
            string shown = (size / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " KB";
            Assert.Contains(shown, item.QuerySelector(".size")!.TextContent);
        }

        string citation = page.QuerySelector("pre[aria-label=引用文]")!.TextContent;
        foreach (var part in new[] { "埼玉県さいたま市", "さいたま市 ICT・DX推進事業の進捗状況（令和3～7年度）", "RPAによる職員運用業務の削減（時間）",
                     "令和4年度（2022年度）までの実績", "https://plansite.example/plans/saitama-dx-2021-2025/indicators/2-1-3-1/", "閲覧日" })
            Assert.Contains(part, citation);

        string snippet = page.QuerySelector("pre[aria-label=埋め込み用HTML]")!.TextContent;
        Assert.StartsWith("<iframe src=\"https://plansite.example/plans/saitama-dx-2021-2025/indicators/2-1-3-1/embed/\"", snippet);
        var embed = site.Page($"{Dx}/indicators/2-1-3-1/embed/index.html");
        Assert.NotNull(embed.QuerySelector("svg[role=img]"));
        var firstRow = embed.QuerySelectorAll("tbody tr").First().Children.Select(c => c.TextContent.Trim()).ToArray();
        Assert.Contains("10.8", firstRow);
        Assert.Contains("5.7", firstRow);
    }
}
