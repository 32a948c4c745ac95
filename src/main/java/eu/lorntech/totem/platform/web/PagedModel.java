package eu.lorntech.totem.platform.web;

import eu.lorntech.totem.platform.paging.Page;
import eu.lorntech.totem.platform.paging.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over any boundary query taking a {@link PageRequest}: paging,
 * sorting and the search box are done by the database, one page at a time.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A boundary's paged query, serializable so the model can live in a view-scoped bean. */
    public interface Query<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    private final Query<T> query;
    private final Function<T, Object> key;
    private String search;
    private transient Page<T> last;

    public PagedModel(Query<T> query, SerializableKey<T> key) {
        this.query = query;
        this.key = key;
    }

    /** How a row is identified (for selection). */
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) query.apply(new PageRequest(0, 1, null, true, search)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        Page<T> page = query.apply(new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, search));
        setRowCount((int) page.total());
        last = page;
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return last == null ? null : last.rows().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
