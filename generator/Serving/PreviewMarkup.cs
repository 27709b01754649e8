using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PlanSite.Content;

namespace PlanSite.Serving;

/// <summary>
/// What serve mode adds to pages on the way out (never to the built files): a script that reloads
/// the page after a rebuild, a CSP that lets that one same-origin script run, and the errors of a
/// failed rebuild at the top of the page.
/// </summary>
public static partial class PreviewMarkup
{
    public const string Prefix = "/__plansite/";
    public const string VersionPath = Prefix + "version";
    public const string ScriptPath = Prefix + "reload.js";
    public const string StylePath = Prefix + "preview.css";

    public static readonly string Script = $$"""
        (function () {
          var seen = null;
          function poll() {
            fetch("{{VersionPath}}", { cache: "no-store" })
              .then(function (r) { return r.text(); })
              .then(function (v) { if (seen === null) seen = v; else if (v !== seen) location.reload(); })
              .catch(function () {})
              .finally(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();
        """;

    public const string Style = """
        .plansite-preview-errors { margin: 0; padding: 1rem; background: #fff0f0; color: #6b0000; border-bottom: 4px solid #b00020; font: 14px/1.5 monospace; white-space: pre-wrap; }
        .plansite-preview-errors h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
        """;

    public static byte[] Decorate(byte[] html, IReadOnlyList<ContentError> errors)
    {
        string text = Encoding.UTF8.GetString(html);
        text = CspMeta().Replace(text, m => AllowPreview(m.Value), 1);
        int head = text.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        string tags = $"<link rel=\"stylesheet\" href=\"{StylePath}\">\n<script src=\"{ScriptPath}\" defer></script>\n";
        text = head >= 0 ? text.Insert(head, tags) : tags + text;
        if (errors.Count > 0)
        {
            var body = BodyOpen().Match(text);
            int at = body.Success ? body.Index + body.Length : 0;
            text = text.Insert(at, Banner(errors, stale: true));
        }
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>When no build has ever succeeded there is nothing to show but the errors.</summary>
    public static byte[] ErrorPage(IReadOnlyList<ContentError> errors) => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>PlanSite preview: errors</title>\n" +
        $"<link rel=\"stylesheet\" href=\"{StylePath}\">\n<script src=\"{ScriptPath}\" defer></script>\n</head>\n<body>\n" +
        Banner(errors, stale: false) + "</body>\n</html>\n");

    private static string Banner(IReadOnlyList<ContentError> errors, bool stale)
    {
        var html = new StringBuilder("<section class=\"plansite-preview-errors\" role=\"alert\">\n<h2>");
        html.Append(WebUtility.HtmlEncode($"プレビュー: {errors.Count} 件のエラー（{errors.Count} error(s)）"));
        html.Append("</h2>\n<p>");
        html.Append(WebUtility.HtmlEncode(stale
            ? "直前の正常なビルドを表示しています。修正して保存すると自動で再読み込みします。 (Showing the last good build; fix and save to reload.)"
            : "まだ一度も正常にビルドできていません。修正して保存すると自動で再読み込みします。 (No good build yet; fix and save to reload.)"));
        html.Append("</p>\n<ul>\n");
        foreach (var error in errors)
            html.Append("<li>").Append(WebUtility.HtmlEncode(error.ToString())).Append("</li>\n");
        return html.Append("</ul>\n</section>\n").ToString();
    }

    /// <summary>The reload script is ours and polls the server: allow both, and state each directive once.</summary>
    private static string AllowPreview(string csp)
    {
        if (!csp.Contains("script-src", StringComparison.Ordinal))
            csp = csp.Replace("default-src 'none';", "default-src 'none'; script-src 'self';");
        return csp.Contains("connect-src", StringComparison.Ordinal) ? csp : csp.Replace("script-src 'self';", "script-src 'self'; connect-src 'self';");
    }

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*\">", RegexOptions.IgnoreCase)]
    private static partial Regex CspMeta();

    [GeneratedRegex("<body[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyOpen();
}
