namespace PlanSite.Site;

/// <summary>
/// Writes a complete site into a staging folder beside the output and swaps it in only when the
/// whole build succeeded, so a failed build never leaves a broken or half-written site behind.
/// </summary>
public static class OutputFolder
{
    public static void Publish(string outDir, Action<string> writeInto)
    {
        string target = Path.GetFullPath(outDir);
        string parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        string name = Path.GetFileName(target);
        string staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        string retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        DeleteIfExists(staging);
        try
        {
            Directory.CreateDirectory(staging);
            writeInto(staging);
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }
        DeleteIfExists(retired);
        if (Directory.Exists(target))
            Directory.Move(target, retired);
        Directory.Move(staging, target);
        DeleteIfExists(retired);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
