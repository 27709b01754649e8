namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>
/// 【再掲】 marks in the 施策 lists: a project printed again under a second 施策. The box names that 施策
/// (再掲先); the marks must agree with it, one standalone mark per repost.
/// </summary>
public static class RepostMarks
{
    private const string Mark = "【再掲】";
    private const int Reach = 3;

    public static void Check(IReadOnlyList<SeedLine> lines, IReadOnlyList<ProjectBox> boxes, int indexEnd)
    {
        // Marks alone on their line sit in the 施策 lists; marks beside a code are on the 体系 pages.
        var listed = lines.Where(l => l.Number > indexEnd && l.Trimmed == Mark).ToArray();
        var reposted = boxes.Where(b => b.RepostedTo is not null).ToArray();
        if (listed.Length != reposted.Length)
            throw new InvalidDataException($"the 施策 lists carry {listed.Length} 【再掲】 rows (lines {string.Join(", ", listed.Select(l => l.Number))}) but {reposted.Length} boxes name a 再掲先");
        foreach (var box in reposted)
        {
            bool marked = listed.Any(mark => lines
                .Skip(Math.Max(0, mark.Number - 1 - Reach)).Take(2 * Reach + 1)
                .Any(l => l.Text.Contains(box.Code, StringComparison.Ordinal)));
            if (!marked)
                throw new InvalidDataException($"line {box.Line}: {box.Code} names 再掲先 {box.RepostedTo}, but no 【再掲】 row in the 施策 lists carries its code");
        }
    }
}
