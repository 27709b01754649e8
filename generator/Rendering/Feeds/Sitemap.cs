using System.Globalization;
using System.Text;
using System.Xml;
using PlanSite.Model;
using PlanSite.Rendering.Pages;

namespace PlanSite.Rendering.Feeds;

/// <summary>sitemap.xml and robots.txt for search engines; absolute URLs need the site's base URL.</summary>
public static class Sitemap
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static OutputFile Build(SiteContent site, IReadOnlyList<PlanOutline> plans, string baseUrl)
    {
        var urls = new List<(string Path, DateOnly? Modified)> { (SiteUrls.Home, plans.Max(p => p.LastModified)) };
        urls.AddRange(site.Pages.Select(p => (SiteUrls.ContentPage(p), (DateOnly?)null)));
        foreach (var plan in plans)
            urls.AddRange(plan.Pages.Select(path => (path, plan.LastModified)));
        // Streamed with an XmlWriter: a national site lists ~300,000 URLs, too many for an XElement tree and one string.
        using var bytes = new MemoryStream();
        bytes.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"u8);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var xml = XmlWriter.Create(bytes, settings))
        {
            xml.WriteStartElement("urlset", Ns);
            foreach (var (path, modified) in urls)
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, baseUrl + path);
                if (modified is { } date)
                    xml.WriteElementString("lastmod", Ns, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        bytes.Write("\n"u8);
        return new OutputFile(SiteUrls.Sitemap, bytes.ToArray());
    }

    public static OutputFile Robots(string? baseUrl) => OutputFile.Text("robots.txt",
        "User-agent: *\nAllow: /\n" + (baseUrl is null ? "" : $"Sitemap: {baseUrl}{SiteUrls.Sitemap}\n"));
}
