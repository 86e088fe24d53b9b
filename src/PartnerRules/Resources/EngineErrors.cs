using System.Globalization;

namespace PartnerRules.Resources;

/// <summary>
/// Every exception text of the rules engine and its criteria layer, as constants that the code and the
/// tests share (NodaTime's <c>TextErrorMessages</c> style). Placeholders are filled invariantly by
/// <see cref="Format"/>. These are texts for developers, in English: unlike finding messages they are
/// not translated. None may ever carry personal data (docs/programme-rules.md §8).
/// </summary>
internal static class EngineErrors
{
    // The engine's construction.
    public const string PolicyNull = "PartnerRulesOptions.Policy is null; leave it at ProgramPolicy.Default or set a policy.";
    public const string CompileFailed = "The PartnerRules rule sets failed to compile: {0}";

    // Partner profiles (HO eligibility). {0} is empty for a single profile, " at index N" in a batch.
    public const string AsOfOutOfRange = "asOf {0} is outside the supported dates: its local date moved the policy's windows either way must stay within -9998-01-01 and 9999-12-31.";
    public const string FactOutOfRange = "{0} of the {1} is {2}, outside the supported dates: its local date moved the policy's windows either way must stay within -9998-01-01 and 9999-12-31.";
    public const string PartnersNull = "A list of partner profiles is required (it may be empty).";
    public const string ProfileNull = "A partner profile is required{0}.";
    public const string ProfileIdDefault = "The partner profile{0} has Id default(PartnerId); set the partner's id.";
    public const string ProfileStageUndeclared = "The partner profile {0}{1} has Stage {2}, not a declared PartnerStage; use one of: {3}.";
    public const string OpportunityOriginUndeclared = "Opportunities[{0}] of partner {1}{2} has Origin {3}, not a declared OpportunityOrigin; use one of: {4}.";
    public const string OpportunityIdDefault = "Opportunities[{0}] of partner {1}{2} has Id default(OpportunityId); set the opportunity's id.";

    // Staff links.
    public const string InvitingPartnerDefault = "The inviting partner is default(PartnerId); pass the partner's id.";
    public const string AccountNull = "A personal account is required.";
    public const string AccountIdDefault = "The account has Id default(AccountId); set the account's id.";
    public const string LinkPartnerDefault = "Links[{0}] has Partner default(PartnerId); set the partner's id.";
    public const string UnlinkBeforeLink = "Links[{0}] (partner {1}) was unlinked at {2} before it was linked at {3}; an unlink cannot precede its link.";

    // Incentive claims.
    public const string ClaimNull = "An incentive claim is required.";
    public const string ClaimPartnerDefault = "The claim's Partner is default(PartnerId); set the claiming partner's id.";
    public const string ClaimEnumUndeclared = "The claim's {0} is {1}, not a declared {2}; use one of: {3}.";
    public const string ClaimMixesCurrencies = "The claim mixes currencies: MonthlySpend[{0}] is {1}, earlier months are {2}. Report every month in {3}.";
    public const string ClaimAmountDefault = "The claim's {0} is default(Money), which has no currency; create it with new Money(amount, currency).";
    public const string ClaimAmountNegative = "The claim's {0} is negative ({1}); amounts must be zero or more.";
    public const string ClaimWithoutStart = "The claim has no ProjectStartedOn; under a schedule of several versions ({0}) the project's start date chooses the version that decides the claim. Set IncentiveClaim.ProjectStartedOn.";
    public const string ClaimCurrency = "The claim's {0} is in {1}; claims are in the programme currency {2}.";

    // What-if proposals.
    public const string ProposalInvalid = "The proposed policy is invalid ({0} problem{1}): {2}.";
    public const string ProposalZone = "the proposal's TimeZone is {0}, the schedule's is {1}";
    public const string ProposalCurrency = "the proposal's Currency is {0}, the schedule's is {1}";
    public const string ClaimsNull = "A list of incentive claims is required (it may be empty).";
    public const string ClaimInListNull = "The claim at index {0} is null.";

    // Defects of a rule set: fail closed rather than decide by omission.
    public const string NoResult = "Rule '{0}' ({1}) gave no result for {2}; the decision is refused rather than approved by omission. This is a defect of the rule set: please report it.";
    public const string NoOutcome = "No rule of the {0} table matched {1}; the decision is refused rather than decided by omission. This is a defect of the rule set: please report it.";
    public const string TwoResultsForOneSlot = "The criterion in slot {0} gave two results for one subject; each criterion must match its subject once.";
    public const string TwoOutcomes = "A second rule of one table matched the subject; exactly one row of a table must match.";
    public const string RuleFailed = "Rule '{0}' failed to evaluate: {1}";
    public const string CodeNotInRuleSet = "Finding code '{0}' is not in its rule set's code list.";
    public const string CatalogueCodeRules = "Rule set '{0}' needs exactly one rule for code {1}; found {2}.";
    public const string CatalogueRowRules = "The incentive table needs exactly one row rule for {0}, {1} customer; found {2}.";
    public const string CatalogueRuleCount = "Rule set '{0}' has {1} rules for {2} codes; every rule decides one code.";

    /// <summary>Fills <paramref name="template"/>'s placeholders with the invariant culture.</summary>
    public static string Format(string template, params object?[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
