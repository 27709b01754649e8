using System.Text.RegularExpressions;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>One printed row of the 施策の体系 table, with the goal, 施策 and group it sits under.</summary>
public sealed record TreeTableItem(int Line, string Viewpoint, int Goal, int Policy, int Group, int Number, string Title, bool Repeat);

/// <summary>The document's own tree table (第５節 施策の体系), read only to check chapter 3 against it.</summary>
public sealed record TreeTable(
    IReadOnlyList<string> Viewpoints,
    IReadOnlyDictionary<int, string> Goals,
    IReadOnlyDictionary<(int Goal, int Policy), string> Policies,
    IReadOnlyDictionary<(int Goal, int Policy, int Group), string> Groups,
    IReadOnlyList<TreeTableItem> Items);

/// <summary>
/// Reads the flattened table: goal names run vertically one character per line after their digit;
/// a row holds up to three cells 「(1)施策」「①群」「1-取組項目」 (「※再掲」 after a re-posted item); a line
/// with no mark continues the last cell of the line before (cells wrap: 「(1)市民と行政との」「協働の推進」).
/// </summary>
public static partial class TreeTableReader
{
    public static TreeTable Read(IReadOnlyList<KazoLine> lines)
    {
        int section = ChapterThreeReader.IndexOf(lines, l => Regex.IsMatch(l.Text, @"^第５節\s*施策の体系"), "the heading 「第５節 施策の体系」");
        int end = ChapterThreeReader.IndexOf(lines, l => l.Text.StartsWith("第３章", StringComparison.Ordinal), "the heading 「第３章 …」");
        // The diagram before the table repeats the names without marks; the table starts at 「■ 視点」.
        int start = section;
        while (start < end && !lines[start].Text.StartsWith('■')) start++;

        var viewpoints = new List<string>();
        var goals = new Dictionary<int, string>();
        var policies = new Dictionary<(int, int), string>();
        var groups = new Dictionary<(int, int, int), string>();
        var items = new List<(KazoLine Line, string Viewpoint, int Goal, int Policy, int Group, int Number, string Title, bool Repeat)>();
        int goal = 0, policy = 0, group = 0;
        bool spellingGoal = false;
        Action<string>? continueLast = null;

        for (int i = start; i < end; i++)
        {
            var line = lines[i];
            string text = line.Text;
            if (TableHeader().IsMatch(text)) continue;
            Match m;
            if ((m = Viewpoint().Match(text)).Success)
            {
                viewpoints.Add(m.Groups[1].Value.Trim());
                continue;
            }
            if ((m = GoalDigit().Match(text)).Success)
            {
                goal = KazoText.ParseNumber(m.Value);
                goals[goal] = "";
                spellingGoal = true;
                continue;
            }
            if (spellingGoal && text.Length == 1)
            {
                goals[goal] += text;
                continue;
            }
            spellingGoal = false;

            var cells = Regex.Split(text, @"\s+");
            if (!cells.Any(c => PolicyCell().IsMatch(c) || GroupCell().IsMatch(c) || ItemCell().IsMatch(c)))
            {
                (continueLast ?? throw ChapterThreeReader.Error(line, $"施策の体系: 「{text}」 continues no cell"))(text);
                continue;
            }
            foreach (var cell in cells)
            {
                if ((m = PolicyCell().Match(cell)).Success)
                {
                    policy = int.Parse(m.Groups[1].Value);
                    var key = (goal, policy);
                    policies[key] = m.Groups[2].Value;
                    continueLast = more => policies[key] += more;
                }
                else if ((m = GroupCell().Match(cell)).Success)
                {
                    group = m.Groups[1].Value[0] - '①' + 1;
                    var key = (goal, policy, group);
                    groups[key] = m.Groups[2].Value;
                    continueLast = more => groups[key] += more;
                }
                else if ((m = ItemCell().Match(cell)).Success)
                {
                    items.Add((line, viewpoints.LastOrDefault() ?? "", goal, policy, group, int.Parse(m.Groups[1].Value), m.Groups[2].Value, false));
                    int index = items.Count - 1;
                    continueLast = more => items[index] = items[index] with { Title = items[index].Title + more };
                }
                else if (cell == "※再掲" && items.Count > 0 && items[^1].Line == line)
                    items[^1] = items[^1] with { Repeat = true };
                else
                    throw ChapterThreeReader.Error(line, $"施策の体系: cannot read the cell 「{cell}」");
            }
        }
        return new TreeTable(viewpoints, goals, policies, groups,
            items.Select(t => new TreeTableItem(t.Line.Number, t.Viewpoint, t.Goal, t.Policy, t.Group, t.Number, t.Title, t.Repeat)).ToArray());
    }

    [GeneratedRegex(@"^目標\s+施策\s+取組項目群\s+取組項目$")]
    private static partial Regex TableHeader();

    [GeneratedRegex(@"^■\s*(.+)$")]
    private static partial Regex Viewpoint();

    [GeneratedRegex(@"^[１-９]$")]
    private static partial Regex GoalDigit();

    [GeneratedRegex(@"^\((\d+)\)(.*)$")]
    private static partial Regex PolicyCell();

    [GeneratedRegex(@"^([①-⑳])(.+)$")]
    private static partial Regex GroupCell();

    [GeneratedRegex(@"^(\d+)-(.+)$")]
    private static partial Regex ItemCell();
}

/// <summary>
/// Chapter 3 must print the same tree as the table: the same viewpoints, goals, 施策 and groups under
/// the same numbers and names, every item under the same 施策 and group with the same title, and the
/// same items marked 再掲. Any difference means a misread (or a document that contradicts itself),
/// so the import stops and lists every difference.
/// </summary>
public static class TreeTableCheck
{
    public static void Check(TreeTable table, IReadOnlyList<ViewpointNode> tree)
    {
        var problems = new List<string>();
        if (!table.Viewpoints.SequenceEqual(tree.Select(v => v.Name)))
            problems.Add($"視点: the table has [{string.Join(", ", table.Viewpoints)}], chapter 3 has [{string.Join(", ", tree.Select(v => v.Name))}]");

        var goals = tree.SelectMany(v => v.Goals).ToArray();
        Compare(problems, "基本目標", table.Goals.ToDictionary(p => p.Key.ToString(), p => p.Value),
            goals.ToDictionary(g => g.Number.ToString(), g => g.Name));
        Compare(problems, "施策", table.Policies.ToDictionary(p => $"{p.Key.Goal}-({p.Key.Policy})", p => p.Value),
            goals.SelectMany(g => g.Policies.Select(p => ($"{g.Number}-({p.Number})", p.Name))).ToDictionary(p => p.Item1, p => p.Name));
        Compare(problems, "取組項目群", table.Groups.ToDictionary(p => $"{p.Key.Goal}-({p.Key.Policy})-{(char)('①' + p.Key.Group - 1)}", p => p.Value),
            goals.SelectMany(g => g.Policies.SelectMany(p => p.Groups.Select(gr => ($"{g.Number}-({p.Number})-{gr.Mark}", gr.Name)))).ToDictionary(p => p.Item1, p => p.Name));

        var printed = tree.SelectMany(v => v.Goals.SelectMany(g => g.Policies.SelectMany(p => p.Groups.SelectMany(gr =>
            gr.Items.Select(item => (Place: $"{v.Name} {g.Number}-({p.Number})-{gr.Mark}", Item: item)))))).ToArray();
        var tableByNumber = table.Items.ToLookup(t => t.Number);
        foreach (var duplicate in table.Items.GroupBy(t => t.Number).Where(g => g.Count() > 1))
            problems.Add($"施策の体系 lists item {duplicate.Key} {duplicate.Count()} times (lines {string.Join(", ", duplicate.Select(d => d.Line))})");
        foreach (var (place, item) in printed)
        {
            var row = tableByNumber[item.Number].FirstOrDefault();
            if (row is null)
            {
                problems.Add($"取組項目-{item.Number} (line {item.Line}) is not in the 施策の体系 table");
                continue;
            }
            string tablePlace = $"{row.Viewpoint} {row.Goal}-({row.Policy})-{(char)('①' + row.Group - 1)}";
            if (tablePlace != place)
                problems.Add($"取組項目-{item.Number}: chapter 3 (line {item.Line}) puts it under {place}, the table (line {row.Line}) under {tablePlace}");
            if (row.Title != item.Title)
                problems.Add($"取組項目-{item.Number}: chapter 3 (line {item.Line}) calls it 「{item.Title}」, the table (line {row.Line}) 「{row.Title}」");
            if (row.Repeat != (item.RepeatOf is not null))
                problems.Add($"取組項目-{item.Number}: 再掲 in {(row.Repeat ? "the table (line " + row.Line + ")" : "chapter 3 (line " + item.Line + ")")} only");
        }
        foreach (var missing in table.Items.Where(t => printed.All(p => p.Item.Number != t.Number)))
            problems.Add($"the table (line {missing.Line}) lists item {missing.Number} 「{missing.Title}」, which chapter 3 does not print");

        if (problems.Count > 0)
            throw new InvalidDataException($"chapter 3 disagrees with the document's own tree table (第５節 施策の体系) in {problems.Count} place(s):\n  "
                                           + string.Join("\n  ", problems));
    }

    private static void Compare(List<string> problems, string level, IReadOnlyDictionary<string, string> table, IReadOnlyDictionary<string, string> chapter)
    {
        foreach (var key in table.Keys.Union(chapter.Keys).Order(StringComparer.Ordinal))
        {
            table.TryGetValue(key, out var inTable);
            chapter.TryGetValue(key, out var inChapter);
            if (inTable != inChapter)
                problems.Add($"{level} {key}: the table has 「{inTable ?? "(none)"}」, chapter 3 「{inChapter ?? "(none)"}」");
        }
    }
}
