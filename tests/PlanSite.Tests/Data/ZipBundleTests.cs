using System.IO.Compression;
using System.Text;
using PlanSite.Rendering;
using PlanSite.Rendering.Data;

namespace PlanSite.Tests.Data;

/// <summary>The hand-written data bundle: members spooled to disk, streamed into a zip, read back for the next build.</summary>
public sealed class ZipBundleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("plansite-zip-").FullName;

    private static OutputFile Csv(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private string WriteBundle(IEnumerable<ZipMember> members, string name = "bundle.zip")
    {
        string path = Path.Combine(_dir, name);
        using var file = File.Create(path);
        ZipBundle.Write(members, file);
        return path;
    }

    [Fact]
    public void SpooledMembersMakeAZipThatZipArchiveReadsByteForByteInPathOrder()
    {
        var files = new[]
        {
            Csv("plans/b/indicators/x.csv", "年度,目標値,実績値\n2021,100,97\n"),
            Csv("plans/a/indicators/電子申請.json", "{\"id\":\"電子申請\"}"),
            Csv("data/index.json", new string('年', 5000)),
        };
        using var spool = new BundleSpool(_dir);
        Parallel.ForEach(files, spool.Add);

        using var zip = ZipFile.OpenRead(WriteBundle(spool.Members));

        Assert.Equal(["data/index.json", "plans/a/indicators/電子申請.json", "plans/b/indicators/x.csv"], zip.Entries.Select(e => e.FullName));
        foreach (var file in files)
        {
            using var entry = zip.GetEntry(file.Path)!.Open();
            using var bytes = new MemoryStream();
            entry.CopyTo(bytes);
            Assert.Equal(file.Bytes, bytes.ToArray());
        }
    }

    [Fact]
    public void MembersReadBackFromABundleRewriteItByteIdentically()
    {
        using var spool = new BundleSpool(_dir);
        for (int i = 0; i < 50; i++)
            spool.Add(Csv($"plans/p/indicators/i{i:D3}.csv", $"年度,実績値\n2021,{i * 37}\n"));
        string first = WriteBundle(spool.Members);

        using var handle = File.OpenHandle(first);
        var members = ZipBundle.Read(handle);

        Assert.NotNull(members);
        Assert.Equal(50, members.Count);
        string second = WriteBundle(members.Values, "again.zip");
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void MoreThan65535MembersUseZip64CountsAndStillReadBack()
    {
        using var spool = new BundleSpool(_dir);
        Parallel.For(0, 70_000, i => spool.Add(Csv($"m/{i:D6}.csv", i.ToString())));
        string path = WriteBundle(spool.Members);

        using (var zip = ZipFile.OpenRead(path))
            Assert.Equal(70_000, zip.Entries.Count);
        using var handle = File.OpenHandle(path);
        Assert.Equal(70_000, ZipBundle.Read(handle)!.Count);
    }

    [Theory]
    [InlineData(10)]   // cut inside the end record
    [InlineData(200)]  // cut inside the central directory
    public void ATruncatedOrForeignFileIsNotTrusted(int cut)
    {
        using var spool = new BundleSpool(_dir);
        for (int i = 0; i < 5; i++)
            spool.Add(Csv($"x/{i}.csv", new string('a', 300 + i)));
        string path = WriteBundle(spool.Members);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^cut]);
        using (var truncated = File.OpenHandle(path))
            Assert.Null(ZipBundle.Read(truncated));

        File.WriteAllText(path, "not a zip at all, but long enough to have an end record");
        using var foreign = File.OpenHandle(path);
        Assert.Null(ZipBundle.Read(foreign));
    }

    [Fact]
    public void TheSpoolLeavesNoFileBehind()
    {
        using (var spool = new BundleSpool(_dir))
            spool.Add(Csv("a.csv", "1"));
        Assert.Empty(Directory.GetFiles(_dir));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
