using System.Text;

namespace PlanSite.Rendering;

/// <summary>One file of the built site: its path from the site root and its exact bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));
}
