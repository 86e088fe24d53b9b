using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using PartnerRules.Eligibility;
using PartnerRules.Engine;
using PartnerRules.Incentives;
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
public sealed class PartnerRulesEngine : IPartnerRulesEngine
{
    /// <summary>Partners per session in a batch: NRules joins are nested loops, so small sessions win (ENGINE.md).</summary>
    internal const int BatchChunkSize = 64;

    private readonly CultureInfo? _culture;
    private readonly CompiledRules _rules;
    private readonly ILogger _logger;

    /// <summary>Creates the engine and compiles the rule sets (once per process).</summary>
    /// <param name="options">The policy and message culture; null uses <see cref="ProgramPolicy.Default"/> and <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has no policy, or the policy is invalid (the message lists every problem).</exception>
    /// <exception cref="PartnerRulesException">The rule sets failed to compile.</exception>
    public PartnerRulesEngine(PartnerRulesOptions? options = null)
        : this(options, null)
    {
    }

    /// <summary>Creates the engine with a logger: one structured Debug event per decision (codes and verdicts only, never personal data).</summary>
    /// <param name="options">The policy and message culture; null uses <see cref="ProgramPolicy.Default"/> and <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <param name="logger">Where decisions are logged; null logs nothing.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has no policy, or the policy is invalid (the message lists every problem).</exception>
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
        var policy = options.Policy ?? throw new ArgumentException("PartnerRulesOptions.Policy is null; leave it at ProgramPolicy.Default or set a policy.", nameof(options));
        policy.Validate();
        Policy = policy;
        _culture = options.Culture;
        try
        {
            // Stryker disable once NullCoalescing : a test seam; freshly compiled and shared rules decide alike, so no test can tell which one ran
            _rules = rules ?? CompiledRules.Instance;
        }
        catch (Exception e) when (e is not PartnerRulesException)
        {
            throw new PartnerRulesException("The PartnerRules rule sets failed to compile: " + e.Message, e);
        }
    }

    /// <summary>The programme policy the engine evaluates with (validated).</summary>
    public ProgramPolicy Policy { get; }

    private CultureInfo Culture => _culture ?? CultureInfo.CurrentUICulture;

    /// <inheritdoc />
    public Decision EvaluateHoEligibility(PartnerProfile partner, Instant asOf)
    {
        InputGuard.Profile(partner, nameof(partner));
        var context = new HoContext(Policy, asOf, Culture);
        var subject = HoSubject.Create(partner, context, Policy);
        _rules.HoEligibility.Run(context, subject);
        var decision = ToDecision(subject.TakeResults(_rules.HoEligibility.RuleSet));
        EngineLog.HoEligibility(_logger, partner.Id, decision);
        return decision;
    }

    /// <inheritdoc />
    public IReadOnlyList<Decision> EvaluateHoEligibility(IReadOnlyList<PartnerProfile> partners, Instant asOf)
    {
        if (partners is null)
        {
            throw new ArgumentNullException(nameof(partners), "A list of partner profiles is required (it may be empty).");
        }

        for (var i = 0; i < partners.Count; i++)
        {
            InputGuard.Profile(partners[i], nameof(partners), $" at index {i}");
        }

        var decisions = new Decision[partners.Count];
        if (decisions.Length == 0)
        {
            return decisions;
        }

        // The culture is read here, on the caller's thread: worker threads have their own.
        var context = new HoContext(Policy, asOf, Culture);
        var chunks = (partners.Count + BatchChunkSize - 1) / BatchChunkSize;
        if (chunks == 1)
        {
            EvaluateChunk(partners, 0, context, decisions);
            return decisions;
        }

        try
        {
            Parallel.For(0, chunks, chunk => EvaluateChunk(partners, chunk, context, decisions));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        return decisions;
    }

    /// <inheritdoc />
    public Decision EvaluateStaffLink(PartnerId invitingPartner, PersonalAccount account, Instant asOf)
    {
        InputGuard.Partner(invitingPartner, nameof(invitingPartner));
        InputGuard.Account(account, nameof(account));
        var context = new StaffLinkContext(Policy, invitingPartner, asOf, Culture);
        var subject = StaffLinkSubject.Create(account, context, Policy);
        _rules.StaffLink.Run(context, subject);
        var decision = ToDecision(subject.TakeResults(_rules.StaffLink.RuleSet));
        EngineLog.StaffLink(_logger, invitingPartner, decision);
        return decision;
    }

    /// <inheritdoc />
    public IncentiveDecision EvaluateIncentive(IncentiveClaim claim)
    {
        IncentiveRows.Validate(claim, Policy, nameof(claim));
        var context = new IncentiveContext(Policy, Culture);
        var subject = new IncentiveSubject(claim);
        _rules.Incentive.Run(context, subject);
        var results = subject.TakeResults(_rules.Incentive.RuleSet);
        var findings = Findings(results, out var approved);
        var cap = IncentiveRows.Cap(claim, Policy);
        if (!approved)
        {
            return EngineLog.Incentive(_logger, claim, new IncentiveDecision(false, findings, Money.Zero(Policy.Currency), cap, IsCapped: false));
        }

        var amount = IncentiveRows.Amount(claim, Policy);
        var isCapped = cap is { } c && amount > c;
        return EngineLog.Incentive(_logger, claim, new IncentiveDecision(true, findings, isCapped ? cap!.Value : amount, cap, isCapped));
    }

    private void EvaluateChunk(IReadOnlyList<PartnerProfile> partners, int chunk, HoContext context, Decision[] decisions)
    {
        var first = chunk * BatchChunkSize;
        var count = Math.Min(BatchChunkSize, partners.Count - first);
        var subjects = new HoSubject[count];
        for (var i = 0; i < count; i++)
        {
            subjects[i] = HoSubject.Create(partners[first + i], context, Policy);
        }

        _rules.HoEligibility.Run(context, subjects);
        for (var i = 0; i < count; i++)
        {
            decisions[first + i] = ToDecision(subjects[i].TakeResults(_rules.HoEligibility.RuleSet));
            EngineLog.HoEligibility(_logger, partners[first + i].Id, decisions[first + i]);
        }
    }

    private static Decision ToDecision(CriterionResult[] results)
    {
        var findings = Findings(results, out var approved);
        return new Decision(approved, findings) { ChangesOn = Timeline.FirstFlip(results) };
    }

    private static Finding[] Findings(CriterionResult[] results, out bool approved)
    {
        approved = true;
        var findings = new Finding[results.Length];
        for (var i = 0; i < results.Length; i++)
        {
            findings[i] = results[i].Finding;
            approved &= findings[i].Passed;
        }

        return findings;
    }
}
