/// Runs batches of items on the writer connection: one `BEGIN IMMEDIATE` transaction, a
/// `SAVEPOINT` per item, one `COMMIT`, then the completions in submission order.
///
/// Used by the writer thread only.
struct GroupCommitBatch {
    let connection: Connection

    /// What became of one item of the current transaction.
    private struct Finished {
        /// The item's own error, nil when it succeeded.
        var error: (any Error)?
        /// Calls the completion: with the item's result, or with the given error instead.
        var complete: ((any Error)?) -> Void
    }

    /// Runs `jobs`, normally in one transaction; a new one starts only when SQLite rolled the
    /// transaction back by itself after an item's failure.
    func run(_ jobs: ArraySlice<GroupCommitJob>) {
        var rest = jobs
        while !rest.isEmpty {
            do {
                try connection.begin(.immediate)
            } catch {
                // No transaction (e.g. SQLITE_BUSY beyond the busy timeout): nothing runs.
                for job in rest { job.reject(error) }
                return
            }
            var finished: [Finished] = []
            finished.reserveCapacity(rest.count)
            while let job = rest.popFirst() {
                let item = perform(job)
                if connection.isInTransaction {
                    finished.append(item)
                    continue
                }
                // SQLite rolled back the whole transaction after this item's failure
                // (https://www.sqlite.org/lang_transaction.html#response_to_errors_within_a_transaction):
                // the items before it are lost; the ones after it get a new transaction.
                precondition(
                    item.error != nil,
                    "a GroupCommitWriter item ended the batch's transaction itself (\(connection.path))")
                let lost = GroupCommitError.transactionRolledBack(cause: item.error!)
                for earlier in finished { earlier.complete(earlier.error ?? lost) }
                item.complete(item.error)
                finished = []
                break
            }
            guard !finished.isEmpty else { continue }
            let commitError = commit()
            for item in finished { item.complete(item.error ?? commitError) }
        }
    }

    /// Runs one job inside its own savepoint, rolled back when the job throws.
    // https://www.sqlite.org/lang_savepoint.html
    private func perform(_ job: GroupCommitJob) -> Finished {
        do {
            try connection.run("SAVEPOINT group_commit_item")
        } catch {
            return Finished(error: error, complete: { job.reject($0 ?? error) })
        }
        let (workError, complete) = job.perform(connection)
        guard connection.isInTransaction else { return Finished(error: workError, complete: complete) }
        var error = workError
        if error == nil {
            do {
                try connection.run("RELEASE group_commit_item")
                return Finished(error: nil, complete: complete)
            } catch let releaseError {
                error = releaseError
            }
        }
        // ROLLBACK TO keeps the savepoint open; RELEASE then removes it. Neither can fail while
        // the transaction is open and the savepoint exists.
        _ = try? connection.run("ROLLBACK TO group_commit_item")
        _ = try? connection.run("RELEASE group_commit_item")
        return Finished(error: error, complete: complete)
    }

    /// Commits; on failure rolls back and returns the error, which every item of the batch gets.
    private func commit() -> (any Error)? {
        do {
            try connection.run("COMMIT TRANSACTION")
            return nil
        } catch {
            connection.rollbackIfNeeded()
            return error
        }
    }
}
