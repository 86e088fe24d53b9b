namespace PartnerRules;

/// <summary>Wording shared by the JSON converters' messages.</summary>
internal static class JsonText
{
    /// <summary>"a PartnerStage", "An OpportunityOrigin": the article for a type name, by its first letter (no type name here starts with a "u" read as "you").</summary>
    public static string WithArticle(string typeName, bool capital = false)
    {
        var vowel = typeName.Length > 0 && "AEIOUaeiou".Contains(typeName[0].ToString());
        return (vowel ? (capital ? "An " : "an ") : (capital ? "A " : "a ")) + typeName;
    }
}
