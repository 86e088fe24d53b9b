using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using PartnerRules.Criteria;
using PartnerRules.Eligibility;
using PartnerRules.Engine;
using PartnerRules.Incentives;
using PartnerRules.Resources;
using PartnerRules.StaffLinks;

namespace PartnerRules;

/// <summary>
/// The rules engine on NRules: HO eligibility, project-specialist links and incentive amounts, each
/// decided criterion by criterion by one rule per criterion, with messages in English or zh-CN.
/// </summary>
/// <remarks>
/// Thread-safe: create once and share. The rule sets are compiled on first use, once per process
/// (they read every policy figure from the evaluation context), and each evaluation runs its own
/// session. If a criterion yields no result the engine throws a <see cref="PartnerRulesException"/>
/// naming the rule rather than approve by omission.
/// </remarks>
public sealed partial class PartnerRulesEngine : IPartnerRulesEngine, IPolicyImpactAnalyzer
{
    /// <summary>
    /// The name of the <see cref="System.Diagnostics.Metrics.Meter"/> the engine counts decisions on ("PartnerRules"):
    /// counter <c>partnerrules.decisions</c>, tagged <c>kind</c> (<c>ho</c>, <c>staff_link</c>, <c>incentive</c>) and
    /// <c>approved</c>. Listen with OpenTelemetry (<c>AddMeter(PartnerRulesEngine.MeterName)</c>) or dotnet-counters.
    /// </summary>
    public const string MeterName = "PartnerRules";

    /// <summary>Partners per session in a batch: NRules joins are nested loops, so small sessions win (measured: chunks of about 50 partners are fastest).</summary>
    internal const int BatchChunkSize = 64;

    private readonly CultureInfo? _culture;
    private readonly DateTimeZone _zone;
    private readonly ILogger _logger;
    private readonly RuleRunner<HoContext, PartnerProfile> _hoEligibility;
    private readonly RuleRunner<StaffLinkContext, PersonalAccount> _staffLink;
    private readonly RuleRunner<IncentiveContext, IncentiveClaim> _incentive;
    private readonly DateRange _hoDates;
    private readonly DateRange _staffLinkDates;

    /// <summary>Creates the engine and compiles the rule sets (once per process).</summary>
    /// <param name="options">The policy and message culture; null uses <see cref="ProgramPolicy.Default"/> and <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has neither a schedule nor a policy, or the policy is invalid (the message lists every problem).</exception>
    /// <exception cref="PartnerRulesException">The rule sets failed to compile.</exception>
    public PartnerRulesEngine(PartnerRulesOptions? options = null)
        : this(options, null)
    {
    }

    /// <summary>Creates the engine with a logger: one structured Debug event per decision (codes and verdicts only, never personal data).</summary>
    /// <param name="options">The policy and message culture; null uses <see cref="ProgramPolicy.Default"/> and <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <param name="logger">Where decisions are logged; null logs nothing.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has neither a schedule nor a policy, or the policy is invalid (the message lists every problem).</exception>
    /// <exception cref="PartnerRulesException">The rule sets failed to compile.</exception>
    public PartnerRulesEngine(PartnerRulesOptions? options, ILogger<PartnerRulesEngine>? logger)
        : this(options, logger, null)
    {
    }

    /// <summary>As the public constructor, over <paramref name="rules"/> (tests compile afresh); null uses the rules compiled once per process.</summary>
    internal PartnerRulesEngine(PartnerRulesOptions? options, ILogger<PartnerRulesEngine>? logger, CompiledRules? rules)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        options ??= new PartnerRulesOptions();
        if (options.Schedule is { } schedule)
        {
            Schedule = schedule;
        }
        else
        {
            var policy = options.Policy ?? throw new ArgumentException(EngineErrors.PolicyNull, nameof(options));
            policy.Validate();
            Schedule = PolicySchedule.Always(policy);
        }

        Policy = Schedule.Newest;
        _zone = Policy.TimeZone;

        // Every version shares the programme zone, so the newest policy's windows bound the date checks.
        _hoDates = HoContext.SupportedDates(Policy);
        _staffLinkDates = StaffLinkContext.SupportedDates(Policy);
        _culture = options.Culture;
        // Stryker disable once all : a test seam (freshly compiled and shared rules decide alike, so no test can tell which one ran), and the shipped rules compile
        try
        {
            rules ??= CompiledRules.Instance;
        }
        catch (Exception e) when (e is not PartnerRulesException)
        {
            throw new PartnerRulesException(EngineErrors.Format(EngineErrors.CompileFailed, e.Message), e);
        }

        _hoEligibility = rules.HoEligibility;
        _staffLink = rules.StaffLink;
        _incentive = rules.Incentive;
    }

    /// <summary>The programme policy the engine evaluates with: under a schedule, its newest version (validated).</summary>
    public ProgramPolicy Policy { get; }

    /// <summary>
    /// The policy versions by effective date: <see cref="PartnerRulesOptions.Schedule"/>, or
    /// <see cref="PolicySchedule.Always(ProgramPolicy)"/> of <see cref="PartnerRulesOptions.Policy"/> when no schedule was given.
    /// </summary>
    public PolicySchedule Schedule { get; }

    private CultureInfo Culture => _culture ?? CultureInfo.CurrentUICulture;

    /// <inheritdoc />
    /// <exception cref="PolicyNotInForceException">No version of the schedule is in force on the local date of <paramref name="asOf"/>.</exception>
    public Decision EvaluateHoEligibility(PartnerProfile partner, Instant asOf)
    {
        HoContext.Check(partner, nameof(partner));
        HoContext.CheckDates(partner, _hoDates, nameof(partner));
        HoContext.CheckAsOf(_hoDates, asOf);
        var decision = DecideHo(partner, asOf, Schedule, Culture);
        EngineLog.HoEligibility(_logger, partner.Id, decision);
        return decision;
    }

    /// <inheritdoc />
    /// <exception cref="PolicyNotInForceException">No version of the schedule is in force on the local date of <paramref name="asOf"/>.</exception>
    public IReadOnlyList<Decision> EvaluateHoEligibility(IReadOnlyList<PartnerProfile> partners, Instant asOf)
    {
        CheckPartners(partners);
        HoContext.CheckAsOf(_hoDates, asOf);
        var decisions = DecideHo(partners, asOf, Schedule, Culture);
        for (var i = 0; i < decisions.Length; i++)
        {
            EngineLog.HoEligibility(_logger, partners[i].Id, decisions[i]);
        }

        return decisions;
    }

    /// <inheritdoc />
    /// <exception cref="PolicyNotInForceException">No version of the schedule is in force on the local date of <paramref name="asOf"/>.</exception>
    public Decision EvaluateStaffLink(PartnerId invitingPartner, PersonalAccount account, Instant asOf)
    {
        StaffLinkContext.Check(invitingPartner, nameof(invitingPartner));
        StaffLinkContext.Check(account, nameof(account));
        StaffLinkContext.CheckDates(account, _staffLinkDates, asOf, nameof(account));
        var culture = Culture;
        var index = IndexOn(asOf.InZone(_zone).Date, Schedule);
        var decision = _staffLink.Decide(new StaffLinkContext(Schedule.Versions[index].Policy, invitingPartner, asOf, culture), account);
        // Stryker disable once all : work skipped only; looking across no later version finds the same ChangesOn
        if (index + 1 < Schedule.Versions.Count)
        {
            decision = StaffLinkAcrossVersions(invitingPartner, account, decision, index, culture);
        }

        EngineLog.StaffLink(_logger, invitingPartner, decision);
        return decision;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">Also when the schedule has more than one version and the claim has no <see cref="IncentiveClaim.ProjectStartedOn"/>.</exception>
    /// <exception cref="PolicyNotInForceException">No version of the schedule is in force on the claim's <see cref="IncentiveClaim.ProjectStartedOn"/>.</exception>
    public IncentiveDecision EvaluateIncentive(IncentiveClaim claim)
    {
        var policy = PolicyOf(claim, nameof(claim));
        return EngineLog.Incentive(_logger, claim, DecideIncentive(claim, policy, Culture));
    }

    private IncentiveDecision DecideIncentive(IncentiveClaim claim, ProgramPolicy policy, CultureInfo culture)
    {
        var subject = _incentive.Run(new IncentiveContext(policy, culture), claim);
        var findings = _incentive.Findings(subject, out var approved);

        // The amount, the cap and whether it applied are the matching row rule's; a refusal pays zero.
        var row = _incentive.Outcome<IncentiveAmount>(subject, "incentive");
        return approved
            ? new IncentiveDecision(true, findings, row.Payable, row.Cap, row.IsCapped) { PolicyVersion = policy.Version }
            : new IncentiveDecision(false, findings, Money.Zero(policy.Currency), row.Cap, IsCapped: false) { PolicyVersion = policy.Version };
    }

    private void CheckPartners(IReadOnlyList<PartnerProfile> partners)
    {
        if (partners is null)
        {
            throw new ArgumentNullException(nameof(partners), EngineErrors.PartnersNull);
        }

        for (var i = 0; i < partners.Count; i++)
        {
            HoContext.Check(partners[i], nameof(partners), i);
            HoContext.CheckDates(partners[i], _hoDates, nameof(partners), i);
        }
    }
}
