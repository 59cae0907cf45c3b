namespace WISPGate.MockServer.Store;

/// <summary>
/// The entities of one index key: (sequence, id) pairs in insertion order. Appending (the usual case) and dropping the
/// oldest (log eviction) are O(1); a key that changes on replace moves by binary search.
/// </summary>
internal sealed class IndexBucket
{
    private const int CompactAbove = 64;
    private readonly List<(long Sequence, string Id)> _items = [];

    // Entries before _head were dropped from the front; they are cut off in one go once they are half the list, so
    // evicting the oldest entry of a long log does not shift the whole list every time.
    private int _head;

    /// <summary>How many entities have the key.</summary>
    public int Count => _items.Count - _head;

    /// <summary>The id of the only or oldest entity.</summary>
    public string OldestId => _items[_head].Id;

    /// <summary>Adds an entity with its sequence number.</summary>
    public void Add(long sequence, string id)
    {
        if (Count == 0 || sequence > _items[^1].Sequence)
        {
            _items.Add((sequence, id));
        }
        else
        {
            _items.Insert(FirstAtOrAbove(sequence), (sequence, id));
        }
    }

    /// <summary>Removes the entity with a sequence number; false when it is not here.</summary>
    public bool Remove(long sequence)
    {
        var position = FirstAtOrAbove(sequence);
        if (position == _items.Count || _items[position].Sequence != sequence)
        {
            return false;
        }

        if (position != _head)
        {
            _items.RemoveAt(position);
            return true;
        }

        _items[_head++] = default;
        if (_head == _items.Count)
        {
            _items.Clear();
            _head = 0;
        }
        else if (_head > CompactAbove && _head * 2 > _items.Count)
        {
            _items.RemoveRange(0, _head);
            _head = 0;
        }

        return true;
    }

    /// <summary>(sequence, id) pairs newest first, strictly below <paramref name="below"/>.</summary>
    public IEnumerable<(long Sequence, string Id)> NewestFirst(long below)
    {
        for (var i = FirstAtOrAbove(below) - 1; i >= _head && i < _items.Count; i--)
        {
            yield return _items[i];
        }
    }

    /// <summary>(sequence, id) pairs oldest first.</summary>
    public IEnumerable<(long Sequence, string Id)> OldestFirst()
    {
        for (var i = _head; i < _items.Count; i++)
        {
            yield return _items[i];
        }
    }

    // The first position at or after _head whose sequence is >= sequence (the list's end when none is).
    private int FirstAtOrAbove(long sequence)
    {
        var low = _head;
        var high = _items.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_items[middle].Sequence < sequence)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
