using System.IO.Compression;
using PlanSite.Rendering.Data;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Data;

/// <summary>The bundle's compressor: libdeflate where the system has it, .NET's zlib otherwise; both must inflate to the same bytes.</summary>
public sealed class RawDeflateTests
{
    private static byte[] Inflate(byte[] deflated, int length)
    {
        using var input = new DeflateStream(new MemoryStream(deflated, 0, length), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    // A real plan file (Japanese text, repeated keys) and the edge cases: nothing, one byte, incompressible bytes.
    public static TheoryData<string> Inputs() => ["plan", "empty", "one", "random"];

    private static byte[] Input(string kind) => kind switch
    {
        "plan" => File.ReadAllBytes(Path.Combine(RepoPaths.Content, "plans", "saitama-dx-2021-2025", "plan.yaml")),
        "empty" => [],
        "one" => [0x41],
        _ => RandomBytes(200_000),
    };

    private static byte[] RandomBytes(int n)
    {
        var bytes = new byte[n];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void BothEnginesInflateToTheInput(string kind)
    {
        byte[] input = Input(kind);
        foreach (bool managed in new[] { false, true })
        {
            byte[] buffer = new byte[16]; // smaller than the output: the compressor must grow it
            int length = RawDeflate.Compress(input, ref buffer, forceManaged: managed);
            Assert.Equal(input, Inflate(buffer, length));
            if (kind == "plan")
                Assert.True(length < input.Length / 3, $"{(managed ? "zlib" : RawDeflate.Engine)}: {length} of {input.Length} bytes");
        }
    }

    [Fact]
    public void TheSystemLibdeflateIsUsedWhereItIsInstalled()
    {
        // Debian's libdeflate0 (CI installs it): if it is there and not used, the binding is broken.
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/lib/x86_64-linux-gnu/libdeflate.so.0"))
            Assert.Equal("zlib", RawDeflate.Engine);
        else
            Assert.Equal("libdeflate", RawDeflate.Engine);
    }
}
