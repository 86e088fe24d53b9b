using System;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Abstractions;

/// <summary>The store contract's records and exceptions, which the stores' own tests use but this library defines.</summary>
public sealed class StoreContractRecordTests
{
    private static readonly LifecycleKey Key = new("k-1");

    private static readonly StoredObligation Due = new(Key, LifecycleKind.InvoiceReturn,
        new Obligation(ObligationCodes.InvoicePaperReturn, "INV-1", new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 4), Instant.FromUtc(2026, 12, 4, 16, 0), false, "deliver the paper invoice"));

    [Theory]
    [InlineData(0L)]
    [InlineData(7L)]
    [InlineData(null)]
    public void An_expected_revision_is_zero_or_more(long? revision)
    {
        Assert.Equal(revision, new CommandContext { ExpectedRevision = revision }.ExpectedRevision);
    }

    [Fact]
    public void A_negative_expected_revision_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CommandContext { ExpectedRevision = -1 });

        Assert.Equal("ExpectedRevision", error.ParamName);
        Assert.Equal(-1L, error.ActualValue);
        Assert.StartsWith("A revision is 0 or more: pass the ETag a read returned.", error.Message, StringComparison.Ordinal);
        Assert.Equal(new CommandContext(), CommandContext.None);
    }

    [Fact]
    public void A_page_copies_its_lists_compares_them_by_content_and_prints_counts()
    {
        var items = new[] { Due };
        var page = new ObligationPage(items, [new StoredRowProblem("k-2", "unreadable")], "42:k-1");
        items[0] = null!;

        Assert.Same(Due, page.Items[0]);
        Assert.Equal(page, new ObligationPage([Due], [new StoredRowProblem("k-2", "unreadable")], "42:k-1"));
        Assert.Equal(page.GetHashCode(), new ObligationPage([Due], [new StoredRowProblem("k-2", "unreadable")], "42:k-1").GetHashCode());
        Assert.NotEqual(page, new ObligationPage([], [new StoredRowProblem("k-2", "unreadable")], "42:k-1"));
        Assert.NotEqual(page, new ObligationPage([Due], [], "42:k-1"));
        Assert.NotEqual(page, new ObligationPage([Due], [new StoredRowProblem("k-2", "unreadable")], null));
        Assert.False(page.Equals(null));
        Assert.Equal("ObligationPage { Items = 1, Problems = 1, ContinueAfter = 42:k-1 }", page.ToString());
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => new ObligationPage(null!, [], null)).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentException>(() => new ObligationPage([], [null!], null)).ParamName);
    }

    [Fact]
    public void Store_exceptions_say_what_happened_and_that_nothing_was_written()
    {
        var conflict = new ConcurrencyConflictException(Key, 3, 5);
        Assert.Equal("Lifecycle k-1 was changed by someone else: the save expected revision 3, the store holds 5. Nothing was written: reload it and try again.", conflict.Message);
        Assert.Equal((Key, 3L, (long?)5L), (conflict.Key, conflict.ExpectedRevision, conflict.ActualRevision));
        Assert.EndsWith("the store holds none. Nothing was written: reload it and try again.", new ConcurrencyConflictException(Key, 3, null).Message, StringComparison.Ordinal);

        var reused = new IdempotencyKeyReusedException("key-1");
        Assert.Equal("Idempotency key \"key-1\" was first used for a different command; a new command needs a new key. Nothing was written.", reused.Message);
        Assert.Equal("key-1", reused.IdempotencyKey);

        var missing = new LifecycleNotFoundException(Key);
        Assert.Equal(("No lifecycle is stored under key k-1.", Key), (missing.Message, missing.Key));

        var stored = new LifecycleAlreadyStoredException(Key);
        Assert.Equal(("A lifecycle with key k-1 is already stored: save changes to it with SaveAsync. Nothing was written.", Key), (stored.Message, stored.Key));
    }

    [Fact]
    public void A_rejected_snapshot_needs_its_type_its_id_and_at_least_one_problem()
    {
        Assert.Equal("snapshotType", Assert.Throws<ArgumentNullException>(() => new SnapshotRejectedException(null!, "opportunity 'O-1'", ["bad"])).ParamName);
        Assert.Equal("lifecycleId", Assert.Throws<ArgumentNullException>(() => new SnapshotRejectedException("OpportunitySnapshot", null!, ["bad"])).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => new SnapshotRejectedException("OpportunitySnapshot", "opportunity 'O-1'", null!)).ParamName);
        var none = Assert.Throws<ArgumentException>(() => new SnapshotRejectedException("OpportunitySnapshot", "opportunity 'O-1'", []));
        Assert.Equal(("problems", "A rejected snapshot needs at least one problem. (Parameter 'problems')"), (none.ParamName, none.Message));
    }
}
