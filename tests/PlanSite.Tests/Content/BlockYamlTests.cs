using System.Text;
using PlanSite.Bench.Generation;
using PlanSite.Content.Loading;
using PlanSite.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanSite.Tests.Content;

/// <summary>
/// BlockYaml must give exactly YamlDotNet's parsing events (kind, value, style, flags, start mark)
/// or give up: for every content file, for synthetic content, for YAML edge cases, and for
/// thousands of mutated files, where it must also give up on everything YamlDotNet rejects.
/// </summary>
public sealed class BlockYamlTests
{
    private static string Describe(ParsingEvent e)
    {
        string what = e switch
        {
            Scalar s => $"Scalar '{s.Value}' {s.Style} plain={s.IsPlainImplicit} quoted={s.IsQuotedImplicit} key={s.IsKey} tag={s.Tag} anchor={s.Anchor}",
            MappingStart m => $"MappingStart implicit={m.IsImplicit} {m.Style} tag={m.Tag} anchor={m.Anchor}",
            SequenceStart q => $"SequenceStart implicit={q.IsImplicit} {q.Style} tag={q.Tag} anchor={q.Anchor}",
            DocumentStart d => $"DocumentStart implicit={d.IsImplicit}",
            DocumentEnd d => $"DocumentEnd implicit={d.IsImplicit}",
            _ => e.GetType().Name,
        };
        // Start marks are what nodes report (Node.Line, Node.Column); end events' marks are not read.
        bool marked = e is Scalar or MappingStart or SequenceStart or DocumentStart;
        return marked ? $"{what} @{e.Start.Index},{e.Start.Line},{e.Start.Column}" : what;
    }

    /// <summary>YamlDotNet's events, or null when it rejects the text.</summary>
    private static List<string>? YamlDotNetEvents(string text)
    {
        var events = new List<string>();
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
                events.Add(Describe(parser.Current!));
            return events;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    /// <summary>Asserts BlockYaml agrees with YamlDotNet or gives up; returns whether it read the text.</summary>
    private static bool Agrees(string text, string name)
    {
        var fast = BlockYaml.TryParse(text);
        if (fast is null)
            return false;
        var expected = YamlDotNetEvents(text);
        Assert.True(expected is not null, $"{name}: BlockYaml read YAML that YamlDotNet rejects:\n{text}");
        var actual = fast.Select(Describe).ToList();
        for (int i = 0; i < Math.Max(actual.Count, expected.Count); i++)
        {
            string a = i < actual.Count ? actual[i] : "(none)", b = i < expected.Count ? expected[i] : "(none)";
            Assert.True(a == b, $"{name}: event {i} differs\n  BlockYaml: {a}\n  YamlDotNet: {b}\n--- text ---\n{text}");
        }
        return true;
    }

    private static IEnumerable<string> ContentFiles() =>
        Directory.EnumerateFiles(RepoPaths.Content, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Seeds, "curation"), "*.yaml"))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void EveryContentFileIsReadWithYamlDotNetsEvents()
    {
        // The content files are the reason BlockYaml exists: each must take the fast path, not just agree.
        var files = Directory.EnumerateFiles(RepoPaths.Content, "*.yaml", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count >= 10);
        foreach (string file in files)
            Assert.True(Agrees(File.ReadAllText(file), file), $"{file}: BlockYaml gave up on a content file at line {BlockYaml.GaveUpOnLine}");
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Seeds, "curation"), "*.yaml"))
            Agrees(File.ReadAllText(file), file);
    }

    [Fact]
    public void SyntheticContentIsReadWithYamlDotNetsEvents()
    {
        string dir = Directory.CreateTempSubdirectory("plansite-blockyaml-").FullName;
        try
        {
            ContentGenerator.Generate(400, dir, seed: 3);
            foreach (string file in Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories))
                Assert.True(Agrees(File.ReadAllText(file), file), $"{file}: BlockYaml gave up on synthetic content at line {BlockYaml.GaveUpOnLine}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public static TheoryData<string, bool> Cases() => new()
    {
        // text, whether BlockYaml must read it (false: it must give up)
        { "a: 1\nb:\nc: x\n", true },
        { "a: -5\nb: -0.25\nc: 5-3\n", true },
        { "title: 令和3年度：実績（見込み）\nnote: a:b c #comment\n", true },
        { "list:\n- a\n- \"b\\u3042\\n\\\"\"\n- 'it''s'\n-\n- k: v\n  k2:\n  - x\nnext: 1\n", true },
        { "m:\n  n:\n    o: 1\n  p: |\n    line1\n\n    line2\n  q: |-\n    kept\n  r: |+\n    tail\n\n\ns: end", true },
        { "# heading comment\n\nid: x   # trailing\nempty: # nothing\n", true },
        { "text: |\n  # not a comment\n    indented more\n  back\n", true },
        { "seq:\n  - a\n  -\n    k: v\n", true },
        { "a: [1, 2]\nb: []\nc: {number: 5534, raw: \"約5,534回\", approx: true}\nd: {}\n- x\n", false },
        { "a: [1, 2]\nb: [ 'x' , \"y\" ]   # c\nc: {number: 5534, raw: \"約5,534回\", approx: true}\nd: {}\n", true },
        { "a: [[1]]\n", false },
        { "a: {b: [1]}\n", false },
        { "a: [1,\n  2]\n", false },
        { "a: [1, ]\n", false },
        { "a: [1] x\n", false },
        { "a: &x 1\nb: *x\n", false },
        { "a: !!str 1\n", false },
        { "a: >\n  folded\n", false },
        { "a: \"multi\n  line\"\n", false },
        { "a: plain\n  continued\n", false },
        { "a:\tb\n", false },
        { "a: 1\r\nb: 2\r\n", false },
        { "---\na: 1\n", false },
        { "a: 1\n---\nb: 2\n", false },
        { "\"quoted key\": 1\n", false },
        { "? complex\n: key\n", false },
        { "a: b: c\n", false },
        { "- - nested\n", false },
        { "a: |2\n    x\n", false },
        { "", false },
        { "# only a comment\n", false },
        { "just a scalar\n", false },
        { "a: 1\n b: 2\n", false },
        { "a:\n  - x\n - y\n", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EdgeCasesAgreeOrGiveUp(string text, bool mustRead)
    {
        bool read = Agrees(text, "case");
        Assert.True(mustRead == read, mustRead ? $"gave up at line {BlockYaml.GaveUpOnLine}" : "read YAML it must leave to YamlDotNet");
        // Where it gave up is told (for diagnostics), and cleared when it reads a file.
        if (read)
            Assert.Equal(0, BlockYaml.GaveUpOnLine);
        else
            Assert.InRange(BlockYaml.GaveUpOnLine, 1, text.Count(c => c == '\n') + 1);
    }

    [Fact]
    public void MutatedFilesAgreeOrGiveUp()
    {
        // Characters that change YAML's structure, plus text: each mutation either keeps BlockYaml and
        // YamlDotNet in agreement or makes BlockYaml give up (checked inside Agrees).
        const string alphabet = " \n:-#\"'|+>[]{},&*!?%@`\\\tあa1.~";
        static string Head(string path, int chars)
        {
            string text = File.ReadAllText(Path.Combine(RepoPaths.Content, "plans", path));
            return text[..Math.Min(chars, text.Length)];
        }
        var sources = new[]
        {
            Head("saitama-jisshi-2021-2025/plan.yaml", 6000),
            Head("saitama-dx-2021-2025/plan.yaml", 8000),
            Head("sakado-gyokaku-2017-2021/reviews/2019.yaml", 5000),
            "m:\n  p: |\n    line1\n\n    line2\n  q: \"a\\\"b\"\nlist:\n- a\n- k: v\n  k2: 'x'\n-\n  deep:\n  - 1\nend: -3 # c\n" +
            "flow: [2021, \"x\"]\nvalue: {number: 5534, raw: \"約5,534回\", approx: true}\n",
        };
        var random = new Random(20261207);
        int read = 0;
        for (int round = 0; round < 4000; round++)
        {
            var text = new StringBuilder(sources[round % sources.Length]);
            for (int edits = 1 + random.Next(3); edits > 0; edits--)
            {
                int at = random.Next(text.Length);
                switch (random.Next(4))
                {
                    case 0: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    case 1: text.Remove(at, 1); break;
                    case 2: text[at] = alphabet[random.Next(alphabet.Length)]; break;
                    default: text.Insert(at, "  "); break;
                }
            }
            if (Agrees(text.ToString(), $"mutation {round}"))
                read++;
        }
        // Most mutations of plain block YAML stay plain block YAML: the comparison must have had work to do.
        Assert.True(read > 1000, $"only {read} of 4000 mutations were read by BlockYaml");
    }
}
