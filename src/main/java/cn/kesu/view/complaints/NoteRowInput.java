package cn.kesu.view.complaints;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What is typed on one note's row of the execution panel. Every row of a list is in one form, so that the row acted
 * on is the one whose inputs reach the server (a form per row inside {@code ui:repeat} loses the first row's inputs
 * once there are two: the repeat keeps one "submitted" flag for all its rows' forms); each row keeps its own
 * inputs here, so the rows not acted on never overwrite them.
 */
public class NoteRowInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer quantity;
    private String voucher;
    private String text;
    private String customerSigner;
    private LocalDate signedOn;
    private String password;
    private String voidReason;
    private String voidPassword;

    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer quantity) { this.quantity = quantity; }
    public String getVoucher() { return voucher; }
    public void setVoucher(String voucher) { this.voucher = voucher; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getCustomerSigner() { return customerSigner; }
    public void setCustomerSigner(String customerSigner) { this.customerSigner = customerSigner; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getVoidReason() { return voidReason; }
    public void setVoidReason(String voidReason) { this.voidReason = voidReason; }
    public String getVoidPassword() { return voidPassword; }
    public void setVoidPassword(String voidPassword) { this.voidPassword = voidPassword; }
}
