namespace PlanSite.Cli;

public static class PlanSiteCommand
{
    public static int Run(string[] args) => 0;
}
