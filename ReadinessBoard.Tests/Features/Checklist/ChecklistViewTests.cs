using ReadinessBoard.Domain;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Tests.Features.Checklist;

/// <summary>
/// A status change applied to a page without a read: two changes made at once reach a page in either
/// order, and the page ends up showing the newest state of each item and the newest counts.
/// </summary>
public class ChecklistViewTests
{
    // Read at revision 10: section 1 has items 1 and 2, section 2 has item 3; nothing is done.
    private static readonly ChecklistView s_read = new(
        Id: 1, Title: "Board", TeamName: "Team", Done: 0, Total: 3, ItemCount: 3,
        Sections: [new ChecklistSection(1, null, "One", 0, 0, 2, 2), new ChecklistSection(2, null, "Two", 0, 0, 1, 1)],
        Choices: new ChecklistChoices([], [], [], [], []),
        Page: new ChecklistPage(1, 50, 3, [Item(1, 1), Item(2, 1), Item(3, 2)]),
        Revision: 10, CountsRevision: 10);

    [Fact]
    public void AChangeTheReadHolds_ChangesNothing()
    {
        Assert.Same(s_read, s_read.WithStatus(1, 1, 9, Patch(ItemStatus.Done, section: 1, boardDone: 1, sectionDone: 1)));
    }

    [Fact]
    public void AChange_SetsTheItem_AndTheCounts()
    {
        var view = s_read.WithStatus(1, 2, 11, Patch(ItemStatus.Done, section: 1, boardDone: 1, sectionDone: 1));

        Assert.Equal(ItemStatus.Done, view.Page.Items[0].Status);
        Assert.Equal(2, view.Page.Items[0].Version);
        Assert.Equal((1, 3), (view.Done, view.Total));
        Assert.Equal((1, 2), (view.Sections[0].Done, view.Sections[0].Counted));
        Assert.Equal(0, view.Sections[1].Done);
        Assert.Equal(11, view.CountsRevision);
        // The read's revision stays: changes made before this one may still be on their way.
        Assert.Equal(10, view.Revision);
    }

    [Fact]
    public void TwoChangesInEitherOrder_EndInTheSameState()
    {
        // Item 1 done at revision 11 (counted then: 1 done); item 3 done at revision 12 (2 done).
        var first = (Revision: 11L, Patch: Patch(ItemStatus.Done, section: 1, boardDone: 1, sectionDone: 1));
        var second = (Revision: 12L, Patch: Patch(ItemStatus.Done, section: 2, boardDone: 2, sectionDone: 1));

        var inOrder = s_read.WithStatus(1, 2, first.Revision, first.Patch).WithStatus(3, 2, second.Revision, second.Patch);
        var crossed = s_read.WithStatus(3, 2, second.Revision, second.Patch).WithStatus(1, 2, first.Revision, first.Patch);

        Assert.Equal(2, crossed.Done);
        Assert.Equal([ItemStatus.Done, ItemStatus.Open, ItemStatus.Done], crossed.Page.Items.Select(i => i.Status));
        Assert.Equal(inOrder.Done, crossed.Done);
        Assert.Equal(inOrder.Page.Items, crossed.Page.Items);
        Assert.Equal(inOrder.CountsRevision, crossed.CountsRevision);
        // The late change's section count still lands: the newer change counted another section.
        Assert.Equal(inOrder.Sections, crossed.Sections);
        Assert.Equal([1, 1], crossed.Sections.Select(s => s.Done));
    }

    [Fact]
    public void AnOlderVersionOfAnItem_DoesNotReplaceANewerOne()
    {
        var reopened = s_read.WithStatus(1, 3, 12, Patch(ItemStatus.Open, section: 1, boardDone: 0, sectionDone: 0));

        var late = reopened.WithStatus(1, 2, 11, Patch(ItemStatus.Done, section: 1, boardDone: 1, sectionDone: 1));

        Assert.Equal(ItemStatus.Open, late.Page.Items[0].Status);
        Assert.Equal(3, late.Page.Items[0].Version);
        Assert.Equal(0, late.Done);
        Assert.Equal(0, late.Sections[0].Done);
        Assert.Same(reopened, late);
    }

    [Fact]
    public void AChangeToAnItemNotOnThePage_MovesOnlyTheCounts()
    {
        var view = s_read.WithStatus(99, 2, 11, Patch(ItemStatus.NotApplicable, section: 2, boardDone: 0, sectionDone: 0, boardCounted: 2, sectionCounted: 0));

        Assert.Equal(s_read.Page.Items, view.Page.Items);
        Assert.Equal(2, view.Total);
        Assert.Equal(0, view.Sections[1].Counted);
    }

    [Fact]
    public void Shows_ExactlyTheChangesWithStatusWouldLeaveAsTheyAre()
    {
        var changes = new (int ItemId, int Version, long Revision, StatusPatch Patch)[]
        {
            (1, 1, 9, Patch(ItemStatus.Done, section: 1, boardDone: 1, sectionDone: 1)),
            (1, 2, 11, Patch(ItemStatus.Done, section: 1, boardDone: 1, sectionDone: 1)),
            (3, 2, 12, Patch(ItemStatus.Done, section: 2, boardDone: 2, sectionDone: 1)),
            (99, 2, 11, Patch(ItemStatus.NotApplicable, section: 2, boardDone: 0, sectionDone: 0, boardCounted: 2, sectionCounted: 0)),
        };
        var views = new[] { s_read }
            .Concat(changes.Select(c => s_read.WithStatus(c.ItemId, c.Version, c.Revision, c.Patch)))
            .Append(s_read.WithStatus(3, 2, 12, changes[2].Patch).WithStatus(1, 2, 11, changes[1].Patch))
            .ToList();

        foreach (var view in views)
        {
            foreach (var (itemId, version, revision, patch) in changes)
            {
                Assert.Equal(
                    ReferenceEquals(view, view.WithStatus(itemId, version, revision, patch)),
                    view.Shows(itemId, version, revision, patch.SectionId));
            }
        }

        // The page that made a change shows it once applied: its own notification needs nothing more.
        var ticked = s_read.WithStatus(1, 2, 11, changes[1].Patch);
        Assert.False(s_read.Shows(1, 2, 11, 1));
        Assert.True(ticked.Shows(1, 2, 11, 1));
    }

    private static ChecklistItem Item(int id, int section) =>
        new(id, section, $"Item {id}", ItemStatus.Open, null, null, null, null, 0, Version: 1, SourceLine: id);

    private static StatusPatch Patch(
        ItemStatus status, int section, int boardDone, int sectionDone, int boardCounted = 3, int? sectionCounted = null) =>
        new(status, null, section, boardDone, boardCounted, sectionDone, sectionCounted ?? (section == 1 ? 2 : 1));
}
