using System.Text.Json;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary>
/// <c>minutes extract --json</c> over several files reads them at once (scans' OCR pages share the cores) but prints
/// one record per file in input order, the same records as one file at a time, and reports a failed file on stderr.
/// </summary>
public sealed class ExtractCommandTests
{
    [Fact]
    public async Task Several_files_come_out_in_input_order_as_one_at_a_time()
    {
        var input = Directory.CreateTempSubdirectory("minutes-extract-");
        try
        {
            // Names chosen so the scans sit between born-digital files in the sorted input order.
            Copy("charity-oakbridge-foodbank-2025-04.docx", "a-charity.docx");
            Copy(Path.Combine("scanned", "csp-kelbrook-community-safety-2023-11-scan.pdf"), "b-scan.pdf");
            Copy("parish-little-hadlow-2019-04.txt", "c-parish.txt");
            File.WriteAllText(Path.Combine(input.FullName, "d-broken.pdf"), "%PDF-1.4 not really");
            Copy(Path.Combine("scanned", "charity-oakbridge-foodbank-2025-04-scan.jpg"), "e-scan.jpg");
            Copy("residents-riverside-court-2022-09.md", "f-residents.md");

            var all = await MinutesProcess.RunAsync("extract", "--json", "--no-suggestions", input.FullName);
            var each = new List<string>();
            foreach (var name in new[] { "a-charity.docx", "b-scan.pdf", "c-parish.txt", "e-scan.jpg", "f-residents.md" })
            {
                var one = await MinutesProcess.RunAsync("extract", "--json", "--no-suggestions", Path.Combine(input.FullName, name));
                Assert.Equal(0, one.ExitCode);
                each.Add(one.Stdout);
            }

            Assert.Equal(1, all.ExitCode);
            Assert.Contains("d-broken.pdf", all.Stderr);
            Assert.Equal(string.Concat(each), all.Stdout);
            var sources = each.Select(r => JsonDocument.Parse(r).RootElement).Select(r => (Path.GetFileName(r.GetProperty("source").GetString()), r.GetProperty("format").GetString()));
            Assert.Equal([("a-charity.docx", "docx"), ("b-scan.pdf", "pdf-ocr"), ("c-parish.txt", "txt"), ("e-scan.jpg", "pdf-ocr"), ("f-residents.md", "txt")], sources);
        }
        finally { input.Delete(recursive: true); }

        void Copy(string from, string to) => File.Copy(Path.Combine(CorpusDatabase.Folder, from), Path.Combine(input.FullName, to));
    }
}
