using System;
using System.IO;
using System.Text;

namespace PartnerRules.Tests.Support;

/// <summary>
/// The generated documents (docs/rules.md, docs/lifecycles.md): a test that finds one out of date fails, and rewrites it
/// only when asked, so a test run (or a mutation-testing run) never edits the checkout by surprise.
/// </summary>
internal static class GeneratedDocs
{
    public const string UpdateVariable = "PARTNERRULES_UPDATE_DOCS";

    public static void Update(string path, string expected)
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Assert.Fail($"{path} was out of date and has been regenerated; commit it.");
        }

        Assert.Fail($"{path} is out of date with the code that generates it: run `{UpdateVariable}=1 dotnet test` and commit the result.");
    }
}
